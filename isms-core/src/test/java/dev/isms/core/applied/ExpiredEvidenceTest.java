// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.applied;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Evidence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExpiredEvidenceTest {

    @Test
    void rejectsABlankAppliedControlIdAndNullEvidence() {
        assertEquals("expired evidence appliedControlId must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> new ExpiredEvidence("", Evidence.of("a", "b",
                        LocalDate.of(2026, 1, 1)))).getMessage());
        assertThrows(NullPointerException.class, () -> new ExpiredEvidence("AC-1", null));
    }
}
