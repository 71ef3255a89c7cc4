// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditorTest {

    @Test
    void keepsTheAreasInOrder() {
        assertEquals(List.of("IT", "HR"), List.copyOf(Auditor.of("Ann", "IT", "HR").ownAreas()));
        assertEquals(Set.of(), Auditor.of("External").ownAreas());
    }

    @Test
    void rejectsBlankNamesAndAreas() {
        assertEquals("auditor name must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> Auditor.of("")).getMessage());
        assertEquals("auditor 'Ann' ownAreas must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> Auditor.of("Ann", " ")).getMessage());
    }
}
