// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.FormatException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonReaderTest {

    private static Object parse(String text) {
        return JsonReader.parse("t.json", text);
    }

    @Test
    void readsEveryKindOfValue() {
        Object v = parse(" {\"a\": [1, -2, 3.5, 1e2, true, false, null, \"x\\u00e9\\n\\/\"], \"b\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        List<?> a = (List<?>) m.get("a");
        assertEquals(1L, a.get(0));
        assertEquals(-2L, a.get(1));
        assertEquals(new BigDecimal("3.5"), a.get(2));
        assertEquals(new BigDecimal("1e2"), a.get(3));
        assertEquals(Boolean.TRUE, a.get(4));
        assertEquals(Boolean.FALSE, a.get(5));
        assertSame(JsonReader.NULL, a.get(6));
        assertEquals("xé\n/", a.get(7));
        assertEquals(Map.of(), m.get("b"));
        assertEquals(List.of("a", "b"), List.copyOf(m.keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": [1, 2,]}|/a/2|line 1, column 13: expected a value but found ']'",
        "{\"a\": 01}|/a|line 1, column 8: numbers must not have leading zeros",
        "{\"a\": 1, \"a\": 2}|/a|line 1, column 13: member names must be unique but 'a' repeats",
        "[1] 2|''|line 1, column 5: document must end after its top-level value but found '2'",
        "{\"a\" 1}|/a|line 1, column 6: expected ':' after a member name but found '1'",
        "{\"x/y\": [tru]}|/x~1y/0|line 1, column 10: expected a value but found 't'",
        "[\"\\x\"]|/0|line 1, column 4: escape must be one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uHHHH but found 'x'",
        "{\"a\": 1.}|/a|line 1, column 9: a decimal point must be followed by a digit but found '}'",
        "[NaN]|/0|line 1, column 2: expected a value but found 'N'",
        "{'a': 1}|''|line 1, column 2: expected a member name in double quotes but found '''",
        "''|''|line 1, column 1: expected a value but found the end of the document",
    })
    void reportsThePointerLineAndColumn(String text, String pointer, String message) {
        FormatException e = assertThrows(FormatException.class, () -> parse(text));
        assertEquals("t.json", e.resource());
        assertEquals(pointer, e.location());
        assertEquals(message, e.problems().get(0).message());
    }

    @Test
    void rejectsUnescapedControlCharacters() {
        FormatException e = assertThrows(FormatException.class, () -> parse("[\"a\tb\"]"));
        assertEquals("line 1, column 4: strings must escape control characters but found U+0009",
                e.problems().get(0).message());
    }

    @Test
    void limitsTheDepth() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
        FormatException e = assertThrows(FormatException.class, () -> parse(deep));
        assertEquals("line 1, column 65: nesting must be at most 64 levels deep", e.problems().get(0).message());
        parse("[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH));
    }

    @Test
    void rejectsMalformedUtf8() {
        byte[] bad = {'[', '"', (byte) 0xC3, '"', ']'};
        FormatException e = assertThrows(FormatException.class, () -> JsonReader.parse("t.json", bad));
        assertEquals("line 1, column 3: strings must be valid UTF-8 but found the byte 0xC3",
                e.problems().get(0).message());
        assertEquals("/0", e.location());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'};
        e = assertThrows(FormatException.class, () -> JsonReader.parse("t.json", bom));
        assertEquals("line 1, column 1: expected a value but found the byte 0xEF", e.problems().get(0).message());
        assertEquals("é", JsonReader.parse("t.json", "\"é\"".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEscapesAndNonAsciiTogether() {
        assertEquals("a—b\u00e9\"\ud83d\ude00", parse("\"a—b\\u00e9\\\"\\ud83d\\ude00\""));
    }

    @Test
    void reusesKnownStringsAndRepeatedShortStrings() {
        String known = new String("title".toCharArray());
        List<?> list = (List<?>) JsonReader.parse("t.json", "[\"title\", \"x\", \"x\", \"titles\"]"
                .getBytes(StandardCharsets.UTF_8), List.of(known));
        assertSame(known, list.get(0));
        assertSame(list.get(1), list.get(2));
        assertEquals("titles", list.get(3));
    }

    @Test
    void readsLargeIntegersExactly() {
        assertEquals(new BigDecimal("123456789012345678901"), parse("123456789012345678901"));
        assertEquals(-123456789012345678L, ((Long) parse("-123456789012345678")).longValue());
    }
}
