// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TransitionTest {

    @Test
    void theTransitionRanThirtySixMonthsFromPublicationToTheEndOfOctober2025() {
        assertEquals(LocalDate.of(2025, 10, 31), Transition.END);
        assertEquals(36, ChronoUnit.MONTHS.between(Transition.PUBLISHED.withDayOfMonth(1),
                Transition.END.withDayOfMonth(1)));
        assertEquals(LocalDate.of(2024, 4, 30), Transition.LAST_2013_AUDIT);
    }

    @Test
    void affectsIso27001Edition2013HoweverTheStandardIsWritten() {
        assertTrue(Transition.affects("ISO/IEC 27001", "2013"));
        assertTrue(Transition.affects("iso 27001", " 2013"));
        assertFalse(Transition.affects("ISO/IEC 27001", "2022"));
        assertFalse(Transition.affects("ISO/IEC 27701", "2013"));
    }
}
