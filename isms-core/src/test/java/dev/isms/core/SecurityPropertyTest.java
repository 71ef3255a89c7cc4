// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SecurityPropertyTest {

    @Test
    void knowsItsHashtag() {
        assertEquals("#Confidentiality", SecurityProperty.CONFIDENTIALITY.tag());
        assertEquals("Confidentiality", SecurityProperty.CONFIDENTIALITY.tagName());
        assertEquals("Confidentiality".replace('_', ' '), SecurityProperty.CONFIDENTIALITY.label());
    }

    @Test
    void parsesWithOrWithoutHashIgnoringCase() {
        for (SecurityProperty v : SecurityProperty.values()) {
            assertSame(v, SecurityProperty.parse(v.tag()));
            assertSame(v, SecurityProperty.parse(v.tagName()));
            assertSame(v, SecurityProperty.parse(v.tag().toLowerCase(Locale.ROOT)));
            assertSame(v, SecurityProperty.parse(v.tagName().toUpperCase(Locale.ROOT)));
            assertSame(v.attribute().vocabulary().get(v.ordinal()), v);
        }
    }

    @Test
    void rejectsUnknownValuesNamingThem() {
        TextParseException e = assertThrows(TextParseException.class, () -> SecurityProperty.parse("Secrecy"));
        assertTrue(e.getMessage().contains("but was 'Secrecy'"), e.getMessage());
        assertTrue(e.getMessage().contains("#Confidentiality"), e.getMessage());
        assertThrows(TextParseException.class, () -> SecurityProperty.parse(""));
        assertThrows(TextParseException.class, () -> SecurityProperty.parse("##Confidentiality"));
        assertThrows(NullPointerException.class, () -> SecurityProperty.parse(null));
    }
}
