// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManagementReviewTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 20);

    @Test
    void listsTheInputsOfClause932ItLeavesOut() {
        ManagementReview r = ManagementReview.builder("MR-2026", D).attendees("CEO", "CISO")
                .input(ReviewInput.AUDIT_RESULTS, "One minor nonconformity, one observation")
                .input(ReviewInput.PREVIOUS_ACTIONS, "All closed")
                .decision(ReviewDecision.of(ReviewDecision.Kind.CONTINUAL_IMPROVEMENT, "Automate leaver process"))
                .build();
        assertFalse(r.isComplete());
        assertEquals(8, r.missingInputs().size());
        assertEquals(ReviewInput.ISSUE_CHANGES, r.missingInputs().get(0));
        assertEquals(List.of(ReviewInput.PREVIOUS_ACTIONS, ReviewInput.AUDIT_RESULTS), List.copyOf(r.inputs()
                .keySet()));
        ManagementReview.Builder all = ManagementReview.builder("MR-2027", D).attendees("CEO");
        for (ReviewInput i : ReviewInput.values()) {
            all.input(i, "Considered");
        }
        assertTrue(all.build().isComplete());
    }

    @Test
    void rejectsAReviewWithoutAttendeesOrWithABlankInputNamingIt() {
        assertEquals("management review 'MR-1' attendees must name at least one person but was empty", assertThrows(
                IllegalArgumentException.class, () -> ManagementReview.builder("MR-1", D).build()).getMessage());
        assertEquals("management review 'MR-1' inputs audit-results must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> ManagementReview.builder("MR-1", D).attendees("CEO")
                        .input(ReviewInput.AUDIT_RESULTS, " ").build()).getMessage());
    }
}
