// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void themesAreClausesFiveToEight() {
        assertEquals(5, Theme.ORGANIZATIONAL.clause());
        assertEquals(6, Theme.PEOPLE.clause());
        assertEquals(7, Theme.PHYSICAL.clause());
        assertEquals(8, Theme.TECHNOLOGICAL.clause());
        for (Theme t : Theme.values()) {
            assertSame(t, Theme.ofClause(t.clause()));
            assertSame(t, Theme.parse(t.label()));
            assertSame(t, Theme.parse(t.key()));
        }
    }

    @Test
    void rejectsUnknownThemesAndClauses() {
        assertEquals("theme clause must be 5..8 but was 9",
                assertThrows(IllegalArgumentException.class, () -> Theme.ofClause(9)).getMessage());
        assertEquals("theme must be one of Organizational, People, Physical, Technological but was 'Organisational'",
                assertThrows(TextParseException.class, () -> Theme.parse("Organisational")).getMessage());
        assertThrows(NullPointerException.class, () -> Theme.parse(null));
    }
}
