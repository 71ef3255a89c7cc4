// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ControlTypeTest {

    @Test
    void knowsItsHashtag() {
        assertEquals("#Preventive", ControlType.PREVENTIVE.tag());
        assertEquals("Preventive", ControlType.PREVENTIVE.tagName());
        assertEquals("Preventive".replace('_', ' '), ControlType.PREVENTIVE.label());
    }

    @Test
    void parsesWithOrWithoutHashIgnoringCase() {
        for (ControlType v : ControlType.values()) {
            assertSame(v, ControlType.parse(v.tag()));
            assertSame(v, ControlType.parse(v.tagName()));
            assertSame(v, ControlType.parse(v.tag().toLowerCase(Locale.ROOT)));
            assertSame(v, ControlType.parse(v.tagName().toUpperCase(Locale.ROOT)));
            assertSame(v.attribute().vocabulary().get(v.ordinal()), v);
        }
    }

    @Test
    void rejectsUnknownValuesNamingThem() {
        TextParseException e = assertThrows(TextParseException.class, () -> ControlType.parse("Preventative"));
        assertTrue(e.getMessage().contains("but was 'Preventative'"), e.getMessage());
        assertTrue(e.getMessage().contains("#Preventive"), e.getMessage());
        assertThrows(TextParseException.class, () -> ControlType.parse(""));
        assertThrows(TextParseException.class, () -> ControlType.parse("##Preventive"));
        assertThrows(NullPointerException.class, () -> ControlType.parse(null));
    }
}
