// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CybersecurityConceptTest {

    @Test
    void knowsItsHashtag() {
        assertEquals("#Identify", CybersecurityConcept.IDENTIFY.tag());
        assertEquals("Identify", CybersecurityConcept.IDENTIFY.tagName());
        assertEquals("Identify".replace('_', ' '), CybersecurityConcept.IDENTIFY.label());
    }

    @Test
    void parsesWithOrWithoutHashIgnoringCase() {
        for (CybersecurityConcept v : CybersecurityConcept.values()) {
            assertSame(v, CybersecurityConcept.parse(v.tag()));
            assertSame(v, CybersecurityConcept.parse(v.tagName()));
            assertSame(v, CybersecurityConcept.parse(v.tag().toLowerCase(Locale.ROOT)));
            assertSame(v, CybersecurityConcept.parse(v.tagName().toUpperCase(Locale.ROOT)));
            assertSame(v.attribute().vocabulary().get(v.ordinal()), v);
        }
    }

    @Test
    void rejectsUnknownValuesNamingThem() {
        TextParseException e = assertThrows(TextParseException.class, () -> CybersecurityConcept.parse("Govern"));
        assertTrue(e.getMessage().contains("but was 'Govern'"), e.getMessage());
        assertTrue(e.getMessage().contains("#Identify"), e.getMessage());
        assertThrows(TextParseException.class, () -> CybersecurityConcept.parse(""));
        assertThrows(TextParseException.class, () -> CybersecurityConcept.parse("##Identify"));
        assertThrows(NullPointerException.class, () -> CybersecurityConcept.parse(null));
    }
}
