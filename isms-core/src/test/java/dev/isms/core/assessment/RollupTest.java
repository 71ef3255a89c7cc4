// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RollupTest {

    @Test
    void countsEveryConformityAndDerivesTotals() {
        Rollup r = new Rollup("5", "Leadership", Map.of(Conformity.CONFORMANT, 2, Conformity.NOT_ASSESSED, 1,
                Conformity.NOT_APPLICABLE, 1), OptionalDouble.of(3));
        assertEquals(0, r.count(Conformity.NOT_CONFORMANT));
        assertEquals(4, r.items());
        assertEquals(2, r.assessed());
        assertEquals(3, r.applicable());
        assertEquals(5, r.counts().size());
    }

    @Test
    void rejectsNegativeCountsAndBlankKeys() {
        assertEquals("rollup '5' count of conformant must not be negative but was -1", assertThrows(
                IllegalArgumentException.class, () -> new Rollup("5", "x", Map.of(Conformity.CONFORMANT, -1),
                        OptionalDouble.empty())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Rollup(" ", "x", Map.of(), OptionalDouble.empty()));
    }
}
