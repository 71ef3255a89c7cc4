// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObjectiveTest {

    @Test
    void carriesOwnerDueDayIndicatorsAndPlan() {
        Objective o = Objective.of("OBJ-1", "Everyone trained", "HR lead", List.of("KPI-1"))
                .withDue(LocalDate.of(2026, 12, 31)).withPlan("Quarterly e-learning, budget 5 kEUR");
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), o.due());
        assertEquals(Optional.of("Quarterly e-learning, budget 5 kEUR"), o.plan());
        assertEquals(List.of("KPI-1"), o.indicators());
    }

    @Test
    void rejectsABlankOwnerAndRepeatedIndicatorsNamingTheObjective() {
        assertEquals("objective 'OBJ-1' owner must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> Objective.of("OBJ-1", "x", "", List.of())).getMessage());
        assertEquals("objective 'OBJ-1' indicators must not repeat a value but 'K' appears twice", assertThrows(
                IllegalArgumentException.class, () -> Objective.of("OBJ-1", "x", "y", List.of("K", "K")))
                .getMessage());
    }
}
