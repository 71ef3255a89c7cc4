// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorStatusTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 31);

    @Test
    void isOverdueAfterTheNextDueDay() {
        IndicatorStatus s = new IndicatorStatus(PerformanceIndicatorTest.training(), Optional.of(new Measurement(
                "KPI-1", D, 97)), TargetStatus.MET, Optional.of(D.plusMonths(1)));
        assertFalse(s.isOverdue(D.plusMonths(1)));
        assertTrue(s.isOverdue(D.plusMonths(1).plusDays(1)));
        assertFalse(new IndicatorStatus(PerformanceIndicatorTest.training(), Optional.empty(), TargetStatus.NO_DATA,
                Optional.empty()).isOverdue(D));
    }

    @Test
    void rejectsAStatusThatContradictsTheMeasurement() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new IndicatorStatus(
                PerformanceIndicatorTest.training(), Optional.empty(), TargetStatus.MET, Optional.empty()));
        assertEquals("indicator status of KPI-1 status must be no-data and nextDue empty exactly when nothing was"
                + " measured but was met, Optional.empty", e.getMessage());
    }
}
