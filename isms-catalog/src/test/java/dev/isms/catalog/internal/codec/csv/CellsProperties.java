// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Several values joined into one cell split back into the same values, whatever they hold; neutralising is undone. */
class CellsProperties {
    @Provide
    Arbitrary<List<String>> values() {
        return Arbitraries.strings().withChars('|', '\\', 'a', ' ', '=', '\'').ofMinLength(1).ofMaxLength(6).list()
                .ofMaxSize(5);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void joinedValuesSplitBackEqual(@ForAll("values") List<String> values) {
        assertEquals(values, Cells.split(Cells.join(values)));
        String cell = Cells.neutralise(Cells.join(values));
        assertEquals(values, Cells.split(Cells.restore(cell)));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void restoreUndoesNeutralise(@ForAll String text) {
        assertEquals(text, Cells.restore(Cells.neutralise(text)));
    }
}
