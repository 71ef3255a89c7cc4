// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.CatalogException;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactReaderTest {
    private final byte[] good = CompactWriter.write(Catalog.builder("c:1", "C").control(Control.of("1", "One"))
            .build());

    private static String corrupt(byte[] bytes) {
        CatalogException e = assertThrows(CatalogException.class, () -> CompactReader.read(bytes, "r.bin"));
        assertTrue(e.getMessage().startsWith("built-in data 'r.bin' is corrupt: "), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsWhatTheWriterWrote() {
        assertEquals(Catalog.builder("c:1", "C").control(Control.of("1", "One")).build(),
                CompactReader.read(good, "r.bin"));
    }

    @Test
    void readsAControlsParentBack() {
        Catalog withChild = Catalog.builder("c:1", "C").control(Control.of("ac-2", "Account Management"))
                .control(Control.builder("ac-2.1", "Automated Account Management").parent(ControlId.parse("ac-2"))
                        .build())
                .build();
        Catalog back = (Catalog) CompactReader.read(CompactWriter.write(withChild), "r.bin");
        assertEquals(withChild, back);
        assertEquals(List.of(withChild.controls().get(1)), back.children(ControlId.parse("ac-2")));
    }

    @Test
    void rejectsAParentThatIsNotListedBefore() {
        byte[] child = CompactWriter.write(Catalog.builder("c:1", "C").control(Control.of("1", "One"))
                .control(Control.builder("2", "Two").parent(ControlId.parse("1")).build()).build());
        // the parent id "1" is the last byte: make it "3", a control the catalogue does not have
        child[child.length - 1] = '3';
        assertTrue(corrupt(child).contains("names parent '3', which is not a control listed before it"));
    }

    @Test
    void rejectsAnotherMagicVersionOrKind() {
        byte[] magic = good.clone();
        magic[0] = 'X';
        assertTrue(corrupt(magic).endsWith("it does not start with the isms magic number"));
        byte[] version = good.clone();
        version[5] = 1;
        assertTrue(corrupt(version).endsWith("its layout version is 1, this library reads 2"));
        byte[] kind = good.clone();
        kind[6] = 9;
        assertTrue(corrupt(kind).endsWith("its kind byte is 9"));
    }

    @Test
    void rejectsTruncatedAndOverlongData() {
        corrupt(Arrays.copyOf(good, good.length - 1));
        corrupt(new byte[0]);
        assertTrue(corrupt(Arrays.copyOf(good, good.length + 1)).endsWith("it has bytes after its value"));
    }

    @Test
    void rejectsAnImpossibleListLengthWithoutAllocatingIt() {
        byte[] header = CompactWriter.write(Catalog.builder("c:1", "C").build());
        byte[] bytes = Arrays.copyOf(header, header.length);
        ByteBuffer.wrap(bytes).putInt(bytes.length - 4, Integer.MAX_VALUE);
        assertTrue(corrupt(bytes).endsWith("a list length is 2147483647"));
    }

    @Test
    void rejectsValuesTheCoreTypesRefuse() {
        byte[] blank = CompactWriter.write(Catalog.builder("c:1", "C").control(Control.of("1", "T")).build());
        // from the end: parent flag, text flag, 5 attribute counts, group flag, theme byte, then the title's char
        int title = blank.length - 1 - 1 - 1 - 5 - 1 - 1;
        blank[title] = ' ';
        assertTrue(corrupt(blank).contains("control title must not be blank"));
    }
}
