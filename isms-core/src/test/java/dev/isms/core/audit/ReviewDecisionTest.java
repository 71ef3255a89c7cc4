// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewDecisionTest {

    @Test
    void mayBeAssignedWithADueDay() {
        ReviewDecision d = ReviewDecision.of(ReviewDecision.Kind.ISMS_CHANGE, "Add the new data centre to the scope")
                .assignedTo("COO", LocalDate.of(2026, 9, 30));
        assertEquals(Optional.of("COO"), d.owner());
        assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), d.due());
    }

    @Test
    void rejectsABlankDescription() {
        assertEquals("review decision description must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> ReviewDecision.of(ReviewDecision.Kind.CONTINUAL_IMPROVEMENT,
                        "")).getMessage());
    }
}
