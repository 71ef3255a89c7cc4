// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlGroupTest {

    @Test
    void createsTopLevelAndNestedGroups() {
        assertEquals(Optional.empty(), ControlGroup.of("A.5", "Information security policies", "domain").parent());
        ControlGroup g = ControlGroup.of("A.5.1", "Management direction", "objective", "A.5");
        assertEquals(Optional.of("A.5"), g.parent());
        assertEquals("objective", g.kind());
        assertEquals("A.5.1 Management direction", g.toString());
    }

    @Test
    void rejectsBlankPartsAndSelfParents() {
        assertEquals("group id must not be blank but was ''",
                assertThrows(IllegalArgumentException.class, () -> ControlGroup.of("", "T", "k")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ControlGroup.of("g", " ", "k"));
        assertThrows(IllegalArgumentException.class, () -> ControlGroup.of("g", "T", ""));
        assertThrows(IllegalArgumentException.class, () -> ControlGroup.of("g", "T", "k", " "));
        assertEquals("group parent must differ from the group id but was 'g'",
                assertThrows(IllegalArgumentException.class, () -> ControlGroup.of("g", "T", "k", "g")).getMessage());
        assertThrows(NullPointerException.class, () -> new ControlGroup("g", "T", "k", null));
    }
}
