// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AssessmentResultTest {

    @Test
    void carriesConformityMaturityNotesEvidenceAppliedControlsAndWeight() {
        AssessmentResult r = AssessmentResult.builder(Conformity.PARTIALLY_CONFORMANT).maturity(2)
                .notes("Logs kept 30 days, policy says 90").appliedControls(List.of("AC-4", "AC-4"))
                .evidence(List.of(Evidence.of("SIEM retention", "siem://cfg", LocalDate.of(2026, 1, 1)))).weight(2.5)
                .build();
        assertEquals(OptionalInt.of(2), r.maturity());
        assertEquals(List.of("AC-4"), r.appliedControls());
        assertEquals(2.5, r.weight());
        assertEquals(1.0, AssessmentResult.of(Conformity.CONFORMANT, 4).weight());
        assertEquals(Optional.of("Excluded"), AssessmentResult.notApplicable("Excluded").notes());
    }

    @Test
    void rejectsAMaturityOnAnUnassessedOrNotApplicableResult() {
        assertEquals("assessment result maturity must be empty when conformity is not-assessed but was 3",
                assertThrows(IllegalArgumentException.class, () -> AssessmentResult.builder(Conformity.NOT_ASSESSED)
                        .maturity(3).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> AssessmentResult.builder(Conformity.NOT_APPLICABLE)
                .notes("x").maturity(0).build());
    }

    @Test
    void rejectsANotApplicableResultWithoutReason() {
        assertEquals("assessment result notes must say why the item is not applicable but was empty", assertThrows(
                IllegalArgumentException.class, () -> AssessmentResult.builder(Conformity.NOT_APPLICABLE).build())
                .getMessage());
    }

    @Test
    void rejectsWeightsThatAreNotPositiveAndFinite() {
        for (double w : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> AssessmentResult.builder(Conformity.CONFORMANT).weight(w).build());
            assertEquals("assessment result weight must be positive and finite but was " + w, e.getMessage());
        }
    }
}
