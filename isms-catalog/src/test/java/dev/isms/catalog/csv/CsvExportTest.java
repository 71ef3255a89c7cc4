// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
    private final IsmsCsv csv = IsmsCsv.defaults();
    private final Catalog iso = Catalogs.iso27002_2022();
    private final CsvExport<Catalog> export = csv.catalog();

    @Test
    void writesFilesAndStreamsTheSameBytesAsTheText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("controls.csv");
        export.write(iso, file);
        assertEquals(export.toCsv(iso), Files.readString(file, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(iso, out);
        assertEquals(export.toCsv(iso), out.toString(StandardCharsets.UTF_8));
        assertEquals(csv.readControls(file), csv.readControls(new ByteArrayInputStream(out.toByteArray()), "mem"));
        assertTrue(export.toString().startsWith("CsvExport[id, title, theme, parent, controlTypes"), export.toString());
    }

    @Test
    void anUnwritableOrUnreadableFileIsAnIoErrorAndProblemsNameTheFile(@TempDir Path dir) throws IOException {
        assertThrows(UncheckedIOException.class, () -> export.write(iso, dir.resolve("no/dir.csv")));
        assertThrows(UncheckedIOException.class, () -> csv.readControls(dir.resolve("none.csv")));
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertTrue(assertThrows(UncheckedIOException.class, () -> export.write(iso, broken)).getMessage()
                .contains("disk full"));
        Path bad = Files.writeString(dir.resolve("bad.csv"), "x\r\n");
        assertEquals(bad.toString(), assertThrows(FormatException.class, () -> csv.readControls(bad)).resource());
        assertEquals("<CSV text>", assertThrows(FormatException.class, () -> csv.parseControls("x")).resource());
        byte[] latin1 = (String.join(",", export.columns()) + "\r\n5.1,Caf\u00e9,,,,,,,\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(FormatException.class, () -> csv.readControls(new ByteArrayInputStream(latin1),
                "latin1.csv")).getMessage().contains("malformed CSV"));
    }
}
