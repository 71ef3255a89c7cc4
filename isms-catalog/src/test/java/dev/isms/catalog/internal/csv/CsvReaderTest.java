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

    private static String problem(String text) {
        FormatException e = assertThrows(FormatException.class, () -> CsvReader.parse("t.csv", text));
        assertEquals("t.csv", e.resource());
        return e.problems().get(0).toString();
    }

    @Test
    void readsQuotedFieldsDoubledQuotesBlankLinesAndAByteOrderMark() {
        CsvTable t = CsvReader.parse("t.csv", "\uFEFFid,text\n\n\"a,1\",\"say \"\"hi\"\"\"\n,\n\"\",\"\"");
        assertEquals(List.of("id", "text"), t.header());
        assertEquals(List.of(List.of("a,1", "say \"hi\""), List.of("", ""), List.of("", "")),
                t.rows().stream().map(CsvRow::fields).toList());
        assertEquals(List.of(3, 4, 5), t.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void reportsEachBrokenRuleAtItsLine() {
        assertEquals("line 3: row must have 2 fields like the header but has 3", problem("a,b\n1,2\n1,2,3\n"));
        assertEquals("line 2: row must have 2 fields like the header but has 1", problem("a,b\r\nonly\r\n"));
        assertEquals("line 1: document must start with a header row but is empty", problem(""));
        assertEquals("line 1: document must start with a header row but is empty", problem("\n\r\n"));
        assertEquals("line 2: a quote may only appear inside a quoted field", problem("a,b\n1,x\"y\n"));
        assertEquals("line 2: a closing quote must be followed by a comma or a line end", problem("a,b\n\"1\"x,2\n"));
        assertEquals("line 1: header must not repeat column 'a'", problem("a,b,a\n"));
        assertEquals("line 2: quoted field is not closed", problem("a\n\"open\n"));
        assertEquals("line 2: quoted field is not closed", problem("a\n\"open\r"));
    }

    @Test
    void fieldsMayEndAtTheEndOfTheDocument() {
        assertEquals(List.of(List.of("1", "")), CsvReader.parse("t.csv", "a,b\n1,").rows().stream()
                .map(CsvRow::fields).toList());
        assertEquals(List.of(List.of("1", "2")), CsvReader.parse("t.csv", "a,b\n1,2").rows().stream()
                .map(CsvRow::fields).toList());
        assertEquals(List.of(List.of("1", "2")), CsvReader.parse("t.csv", "a,b\n1,\"2\"").rows().stream()
                .map(CsvRow::fields).toList());
    }

    @Test
    void lineAtCountsTheLineEndsBeforeTheIndex() {
        assertEquals(1, CsvReader.lineAt("a\nb", 1));
        assertEquals(2, CsvReader.lineAt("a\nb", 2));
        assertEquals(2, CsvReader.lineAt("a\r", 2));
        assertEquals(2, CsvReader.lineAt("a\r\nb", 4));
        assertEquals(1, CsvReader.lineAt("ab", 5));
    }

    @Test
    void aDocumentOfExactlyTheLimitIsRead() {
        assertEquals(1, CsvReader.read("t.csv", new StringReader("ab,cd\n1,2\n"), 10).rows().size());
        assertThrows(FormatException.class, () -> CsvReader.read("t.csv", new StringReader("ab,cd\n1,2\n"), 9));
    }
}
