// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void printsLocationAndMessageWithASlashForTheWholeDocument() {
        assertEquals("/controls/3/title: must not be blank", new Problem("/controls/3/title", "must not be blank")
                .toString());
        assertEquals("/: document is empty", new Problem("", "document is empty").toString());
        assertEquals("line 7: bad", new Problem("line 7", "bad").toString());
    }

    @Test
    void quotesAHostileLocationBoundedAndEscapedButKeepsItWhole() {
        String key = "\u001b[2J" + "k".repeat(500);
        Problem p = new Problem("/controls/0/" + key, "unknown field");
        assertEquals("/controls/0/" + key, p.location());
        assertTrue(p.toString().startsWith("'/controls/0/\\u001b[2J"), p.toString());
        assertTrue(p.toString().endsWith("'… (516 characters): unknown field"), p.toString());
        assertTrue(new Problem("/a\u0000", "m").toString().startsWith("'/a\\u0000'"));
    }

    @Test
    void printsLocationsOfUpTo200CharactersAsTheyAreAndQuotesLongerOnes() {
        String longest = "/" + "k".repeat(199);
        assertEquals(longest + ": m", new Problem(longest, "m").toString());
        String quoted = new Problem(longest + "k", "m").toString();
        assertTrue(quoted.startsWith("'/kkk"), quoted);
        assertTrue(quoted.endsWith("… (201 characters): m"), quoted);
    }

    @Test
    void quotesALocationWithALineOrParagraphSeparator() {
        assertEquals("'/standar\\u2028ds': unknown field", new Problem("/standar\u2028ds", "unknown field").toString());
        assertEquals("'/a\\u2029': m", new Problem("/a\u2029", "m").toString());
    }

    @Test
    void rejectsABlankMessageAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> new Problem("/x", " "));
        assertThrows(NullPointerException.class, () -> new Problem(null, "m"));
        assertThrows(NullPointerException.class, () -> new Problem("/x", null));
    }
}
