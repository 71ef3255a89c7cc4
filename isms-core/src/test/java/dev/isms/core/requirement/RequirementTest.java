// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementTest {

    @Test
    void ofDerivesTheParent() {
        Requirement r = Requirement.of("6.1.2", "Information security risk assessment");
        assertEquals(Optional.of(ControlId.parse("6.1")), r.parent());
        assertEquals(Optional.empty(), Requirement.of("6", "Planning").parent());
        assertFalse(r.documentedInformation());
        assertFalse(r.isAmended());
    }

    @Test
    void flagsAmendments() {
        Requirement r = Requirement.builder("4.1", "Understanding the organization and its context").parent("4")
                .amendment("climate change").build();
        assertTrue(r.isAmended());
        assertEquals(new Requirement(ControlId.parse("4.1"), "Understanding the organization and its context",
                Optional.of(ControlId.parse("4")), false, Optional.empty(), Optional.of("climate change")), r);
    }

    @Test
    void builderStartsWithoutParentDutyOrAmendment() {
        Requirement r = Requirement.builder(ControlId.parse("7.5.1"), "General").build();
        assertEquals(Optional.empty(), r.parent());
        assertFalse(r.documentedInformation());
        assertEquals(Optional.empty(), r.documentedInformationNote());
        Requirement d = Requirement.builder("7.5.1", "General").parent(ControlId.parse("7.5"))
                .documentedInformation(true).documentedInformationNote("the ISMS scope").build();
        assertTrue(d.documentedInformation());
        assertEquals(Optional.of("the ISMS scope"), d.documentedInformationNote());
    }

    @Test
    void printsItsNumberAndTitle() {
        assertEquals("6.1.2 Information security risk assessment",
                Requirement.of("6.1.2", "Information security risk assessment").toString());
    }

    @Test
    void rejectsBadParentsAndBlankNotes() {
        ControlId id = ControlId.parse("6.1.2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Requirement(id, "T",
                Optional.of(ControlId.parse("7")), false, Optional.empty(), Optional.empty()));
        assertEquals("requirement parent must be a proper prefix of the id 6.1.2 but was 7", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Requirement.builder(id, "T").parent(id).build());
        assertThrows(IllegalArgumentException.class, () -> Requirement.builder(id, "T").documentedInformation(true)
                .documentedInformationNote(" ").build());
        assertEquals("amendment must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> Requirement.builder(id, "T").amendment("").build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Requirement.builder(id, "T").amendment("a\u0007").build());
        assertThrows(IllegalArgumentException.class, () -> Requirement.of("6.1", ""));
    }
}
