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
        Control g = control.withGroup("8.1");
        assertEquals(Optional.of("8.1"), g.group());
        assertEquals(control.title(), g.title());
        assertSame(g, g.withGroup("8.1"));
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

    @Test
    void builderTakesPlainValues() {
        Control c = Control.builder("8.24", "Use of cryptography").theme(Theme.TECHNOLOGICAL).group("8")
                .attributes(ControlAttributes.of(ControlType.PREVENTIVE)).text("licensed").build();
        assertEquals(control.withText("licensed"), c);
        Control plain = Control.builder(ControlId.parse("A.5.1.1"), "Policies").build();
        assertEquals(Control.of("A.5.1.1", "Policies"), plain);
        assertEquals(Optional.empty(), plain.text());
        assertThrows(TextParseException.class, () -> Control.builder("5..1", "Title"));
    }

    @Test
    void builderSetsTheParentAndValidatesItLikeTheConstructor() {
        ControlId ac2 = ControlId.parse("ac-2");
        Control child = Control.builder("ac-2.1", "Automated System Account Management").group("ac").text("t")
                .parent(ac2).build();
        assertEquals(Optional.of(ac2), child.parent());
        assertEquals(Control.of("ac-2.1", "Automated System Account Management").withGroup("ac").withText("t")
                .withParent(ac2), child);
        assertEquals(Optional.of(ac2), child.withGroup("ac-x").withoutText().parent());
        assertEquals("control parent must differ from the control id but was 'ac-2'",
                assertThrows(IllegalArgumentException.class,
                        () -> Control.builder("ac-2", "Account Management").parent(ac2).build()).getMessage());
        assertThrows(NullPointerException.class, () -> Control.builder("ac-2.1", "T").parent(null));
        assertThrows(NullPointerException.class, () -> new Control(ac2, "T", Optional.empty(), Optional.empty(),
                ControlAttributes.none(), Optional.empty(), null));
    }

    @Test
    void rejectsAThemeAndAGroupThatDisagreeNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Control.builder("5.1", "Policies").theme(Theme.TECHNOLOGICAL).group("5").build());
        assertEquals("control '5.1' has theme Technological (clause 8) and group '5', which disagree: a control of"
                + " theme Technological must sit in group '8' or a group nested in it", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> control.withGroup("80"));
        assertEquals(Optional.of("8.2.1"), control.withGroup("8.2.1").group());
        assertEquals(Optional.of("anything"), Control.of("A.1", "T").withGroup("anything").group());
    }

    @Test
    void rejectsControlCharactersAndLoneSurrogatesInTexts() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Control.of("5.1", "a\u0000b")).getMessage()
                .contains("control title must not contain control character U+0000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> control.withText("x\ud800")).getMessage()
                .contains("lone surrogate"));
        assertEquals("line one\nline two", control.withText("line one\nline two").text().get());
        assertThrows(IllegalArgumentException.class, () -> control.withGroup("8\u001b"));
    }

    @Test
    void printsItsIdAndTitle() {
        assertEquals("8.24 Use of cryptography", control.toString());
    }
}
