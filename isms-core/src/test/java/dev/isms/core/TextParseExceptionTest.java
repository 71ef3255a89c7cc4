// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextParseExceptionTest {

    @Test
    void carriesTextAndIndexLikeDateTimeParseException() {
        TextParseException e = assertThrows(TextParseException.class, () -> ControlId.parse("5..1"));
        assertEquals("5..1", e.parsedText());
        assertEquals(2, e.errorIndex());
        assertEquals("control id must not have an empty segment but was '5..1' (error at index 2)", e.getMessage());
    }

    @Test
    void keepsTheWholeTextButQuotesAtMostAHundredCharacters() {
        String text = "\u001b[31m" + "a".repeat(1_000_000);
        TextParseException e = new TextParseException("vector", text, 0, "must start with 'CVSS:'");
        assertSame(text, e.parsedText());
        assertTrue(e.getMessage().length() < 250, e.getMessage());
        assertTrue(e.getMessage().contains("\\u001b[31m"), e.getMessage());
        assertTrue(e.getMessage().contains("(1000005 characters)"), e.getMessage());
    }

    @Test
    void keepsItsCause() {
        IllegalStateException cause = new IllegalStateException("x");
        assertSame(cause, new TextParseException("a", "b", 1, "c", cause).getCause());
    }

    @Test
    void rejectsAnIndexOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> new TextParseException("a", "bc", 3, "r"));
        assertThrows(IllegalArgumentException.class, () -> new TextParseException("a", "bc", -1, "r"));
    }
}
