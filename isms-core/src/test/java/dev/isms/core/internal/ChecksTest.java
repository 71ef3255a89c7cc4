// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void oneLineTextsRejectControlCharactersAndLoneSurrogates() {
        assertSame("ok é 中 😀", Checks.notBlank("ok é 中 😀", "title"));
        assertEquals("title must not contain control character U+001B (at index 1) but was 'a\\u001b[2J'",
                assertThrows(IllegalArgumentException.class, () -> Checks.notBlank("a\u001b[2J", "title"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Checks.notBlank("a\nb", "id"));
        assertThrows(IllegalArgumentException.class, () -> Checks.notBlank("nul\u0000", "id"));
        assertEquals("id must be well-formed Unicode but has a lone surrogate at index 1: 'a\\ud800'",
                assertThrows(IllegalArgumentException.class, () -> Checks.notBlank("a\ud800", "id")).getMessage());
        assertEquals("id must not be blank but was ' \\t'",
                assertThrows(IllegalArgumentException.class, () -> Checks.notBlank(" \t", "id")).getMessage());
        assertThrows(NullPointerException.class, () -> Checks.notBlank(null, "id"));
    }

    @Test
    void freeTextsAllowLineBreaksAndTabsOnly() {
        assertSame("line 1\r\nline 2\tend", Checks.text("line 1\r\nline 2\tend", "note"));
        assertThrows(IllegalArgumentException.class, () -> Checks.text("bell\u0007", "note"));
        assertThrows(IllegalArgumentException.class, () -> Checks.text("\udc00x", "note"));
        assertThrows(IllegalArgumentException.class, () -> Checks.text("\n", "note"));
    }

    @Test
    void quoteIsBoundedEscapedAndSaysHowLongTheValueWas() {
        assertEquals("'it\\'s \\\\ \\n\\u0000'", Checks.quote("it's \\ \n\u0000"));
        String q = Checks.quote("x".repeat(1000));
        assertEquals("'" + "x".repeat(Checks.QUOTE_LIMIT) + "'… (1000 characters)", q);
        assertEquals("null", Checks.quote(null));
        assertEquals("'\\ud83d'", Checks.quote("\ud83d"));
        assertEquals("'😀'", Checks.quote("😀"));
    }

    @Test
    void quoteNeverCutsASurrogatePairInHalf() {
        String value = "x".repeat(Checks.QUOTE_LIMIT - 1) + "😀" + "y";
        assertEquals("'" + "x".repeat(Checks.QUOTE_LIMIT - 1) + "'… (102 characters)", Checks.quote(value));
        String fits = "x".repeat(Checks.QUOTE_LIMIT - 2) + "😀" + "y";
        assertEquals("'" + fits.substring(0, Checks.QUOTE_LIMIT) + "'… (101 characters)", Checks.quote(fits));
    }

    @Test
    void joinListsAtMostTwentyProblemsAndCountsTheRest() {
        assertEquals("a; b", Checks.join(List.of("a", "b")));
        List<String> many = java.util.Collections.nCopies(25, "p");
        assertEquals(String.join("; ", java.util.Collections.nCopies(20, "p")) + "; … and 5 more", Checks.join(many));
    }

    @Test
    void optionalAndMetadataAreCheckedAndCopied() {
        assertEquals(Optional.empty(), Checks.optional(Optional.empty(), "owner"));
        Optional<String> owner = Optional.of("CISO");
        assertSame(owner, Checks.optional(owner, "owner"));
        assertEquals("owner must not be blank but was ' '", assertThrows(IllegalArgumentException.class,
                () -> Checks.optional(Optional.of(" "), "owner")).getMessage());
        Map<String, String> in = new LinkedHashMap<>();
        in.put("b", "");
        in.put("a", "two\nlines");
        Map<String, String> copy = Checks.metadata(in);
        in.clear();
        assertEquals(List.of("b", "a"), List.copyOf(copy.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> copy.put("c", "d"));
        assertThrows(IllegalArgumentException.class, () -> Checks.metadata(Map.of("k", "\u0000")));
        assertThrows(IllegalArgumentException.class, () -> Checks.metadata(Map.of(" ", "v")));
    }
}
