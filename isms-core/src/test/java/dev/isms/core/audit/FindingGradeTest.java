// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FindingGradeTest {

    @Test
    void onlyMajorAndMinorAreNonconformities() {
        assertTrue(FindingGrade.MAJOR_NONCONFORMITY.isNonconformity());
        assertTrue(FindingGrade.MINOR_NONCONFORMITY.isNonconformity());
        assertFalse(FindingGrade.OBSERVATION.isNonconformity());
        assertFalse(FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT.isNonconformity());
        assertEquals("opportunity-for-improvement", FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT.key());
    }
}
