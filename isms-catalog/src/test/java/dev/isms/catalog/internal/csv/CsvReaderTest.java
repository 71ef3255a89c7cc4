// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.FormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void countsLinesInsideQuotedFieldsForEveryLineEnd() {
        for (String end : List.of("\n", "\r\n", "\r")) {
            CsvTable t = CsvReader.parse("t.csv", "a,b" + end + "1,\"x" + end + "y\"" + end + "2,z" + end);
            assertEquals(List.of(2, 4), t.rows().stream().map(CsvRow::line).toList(), "line end " + end.length());
            assertEquals("x" + end + "y", t.rows().get(0).fields().get(1));
        }
    }

    @Test
    void namesTheStartLineOfAnUnclosedQuoteAfterCarriageReturns() {
        FormatException e = assertThrows(FormatException.class,
                () -> CsvReader.parse("t.csv", "a,b\r1,x\r2,\"open\rstill open"));
        assertEquals("line 3", e.location());
    }

    @Test
    void aDocumentOverTheLimitNamesTheLineWhereTheLimitIsReached() {
        FormatException e = assertThrows(FormatException.class,
                () -> CsvReader.read("t.csv", new StringReader("a,b\r1,2\r3,4\r5,6\r"), 10));
        assertEquals("line 3", e.location());
        assertTrue(e.getMessage().contains("document must be at most 10 characters"), e.getMessage());
        assertEquals(1, CsvReader.lineAt("abc", 3));
        assertEquals(3, CsvReader.lineAt("a\r\nb\rc", 5));
    }

    @Test
    void aFailingReaderIsAnIoErrorNotAFormatError() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("gone");
            }

            @Override
            public void close() {
                // nothing to close
            }
        };
        assertThrows(UncheckedIOException.class, () -> CsvReader.read("t.csv", broken, 100));
    }

    @Test
    void quotesARepeatedHeaderBoundedAndEscaped() {
        String column = "\n" + "c".repeat(300);
        FormatException e = assertThrows(FormatException.class, () -> CsvReader.parse("t.csv",
                "\"" + column + "\",\"" + column + "\"\n"));
        assertTrue(e.getMessage().contains("'\\n" + "c".repeat(99) + "'… (301 characters)"), e.getMessage());
    }
}
