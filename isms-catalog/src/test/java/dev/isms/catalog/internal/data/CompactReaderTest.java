// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.CatalogException;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import java.nio.ByteBuffer;
import java.util.Arrays;
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
    void rejectsAnotherMagicVersionOrKind() {
        byte[] magic = good.clone();
        magic[0] = 'X';
        assertTrue(corrupt(magic).endsWith("it does not start with the isms magic number"));
        byte[] version = good.clone();
        version[5] = 2;
        assertTrue(corrupt(version).endsWith("its layout version is 2, this library reads 1"));
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
        int title = blank.length - 1 - 1 - 5 - 1 - 1;
        blank[title] = ' ';
        assertTrue(corrupt(blank).contains("control title must not be blank"));
    }
}
