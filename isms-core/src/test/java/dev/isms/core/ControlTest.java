// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlTest {
    private final Control control = Control.of("8.24", "Use of cryptography", Theme.TECHNOLOGICAL,
            ControlAttributes.of(ControlType.PREVENTIVE));

    @Test
    void themedControlsSitInTheirThemesClause() {
        assertEquals(ControlId.parse("8.24"), control.id());
        assertEquals(Optional.of(Theme.TECHNOLOGICAL), control.theme());
        assertEquals(Optional.of("8"), control.group());
        assertEquals(Optional.empty(), control.text());
    }

    @Test
    void plainControlsHaveNoThemeOrAttributes() {
        Control c = Control.of("A.5.1.1", "Policies for information security");
        assertEquals(Optional.empty(), c.theme());
        assertEquals(Optional.empty(), c.group());
        assertTrue(c.attributes().isEmpty());
    }

    @Test
    void withersChangeOnlyTheirComponent() {
        Control t = control.withText("licensed text");
        assertEquals(Optional.of("licensed text"), t.text());
        assertEquals(control, t.withoutText());
        assertSame(t, t.withText("licensed text"));
        assertSame(control, control.withoutText());
        Control g = control.withGroup("X");
        assertEquals(Optional.of("X"), g.group());
        assertEquals(control.title(), g.title());
        assertSame(g, g.withGroup("X"));
    }

    @Test
    void parentIsEmptyUnlessSetAndKeptByTheOtherWithers() {
        assertEquals(Optional.empty(), control.parent());
        Control child = Control.of("ac-2.1", "Automated System Account Management").withParent(ControlId.parse("ac-2"));
        assertEquals(Optional.of(ControlId.parse("ac-2")), child.parent());
        assertSame(child, child.withParent(ControlId.parse("ac-2")));
        assertEquals(child.parent(), child.withText("text").withGroup("ac").parent());
        assertEquals(Control.of("ac-2.1", "Automated System Account Management"), child.withoutParent());
        Control plain = Control.of("ac-2", "Account Management");
        assertSame(plain, plain.withoutParent());
        assertEquals(new Control(plain.id(), plain.title(), Optional.empty(), Optional.empty(),
                ControlAttributes.none(), Optional.empty(), Optional.empty()), plain);
    }

    @Test
    void rejectsItselfAsParent() {
        Control c = Control.of("ac-2", "Account Management");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.withParent(ControlId.parse("ac-2")));
        assertEquals("control parent must differ from the control id but was 'ac-2'", e.getMessage());
        assertThrows(NullPointerException.class, () -> c.withParent(null));
    }

    @Test
    void rejectsBlankTextsNamingTheField() {
        assertEquals("control title must not be blank but was ' '", assertThrows(IllegalArgumentException.class,
                () -> Control.of("5.1", " ")).getMessage());
        assertEquals("control text must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> control.withText("")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> control.withGroup("\t"));
        assertThrows(TextParseException.class, () -> Control.of("5..1", "Title"));
        assertThrows(NullPointerException.class, () -> new Control(control.id(), "t", null, Optional.empty(),
                ControlAttributes.none(), Optional.empty()));
    }
}
