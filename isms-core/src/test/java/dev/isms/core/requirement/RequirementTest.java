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
        Requirement r = new Requirement(ControlId.parse("4.1"), "Understanding the organization and its context",
                Optional.of(ControlId.parse("4")), false, Optional.empty(), Optional.of("climate change"));
        assertTrue(r.isAmended());
    }

    @Test
    void rejectsBadParentsAndBlankNotes() {
        ControlId id = ControlId.parse("6.1.2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Requirement(id, "T",
                Optional.of(ControlId.parse("7")), false, Optional.empty(), Optional.empty()));
        assertEquals("requirement parent must be a prefix of the id 6.1.2 but was 7", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Requirement(id, "T", Optional.of(id), false,
                Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Requirement(id, "T", Optional.empty(), true,
                Optional.of(" "), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Requirement(id, "T", Optional.empty(), true,
                Optional.empty(), Optional.of("")));
        assertThrows(IllegalArgumentException.class, () -> Requirement.of("6.1", ""));
    }
}
