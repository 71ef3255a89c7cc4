// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.UnknownIdException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonitoringTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 31);

    static Monitoring monitoring() {
        PerformanceIndicator patch = PerformanceIndicator.of("KPI-2", "Days to patch criticals", "Scanner report",
                Period.ofMonths(1), Target.atMost(14, "days"));
        return Monitoring.of(List.of(PerformanceIndicatorTest.training(), patch),
                List.of(Objective.of("OBJ-1", "Aware staff", "HR", List.of("KPI-1")),
                        Objective.of("OBJ-2", "Secure estate", "CTO", List.of("KPI-1", "KPI-2")),
                        Objective.of("OBJ-3", "Not yet measurable", "CEO", List.of())),
                List.of(new Measurement("KPI-1", D.plusMonths(1), 96), new Measurement("KPI-1", D, 91),
                        new Measurement("KPI-2", D, 20)));
    }

    @Test
    void keepsMeasurementsInDateOrder() {
        assertEquals(List.of(D, D.plusMonths(1)), monitoring().series("KPI-1").stream().map(Measurement::date)
                .toList());
    }

    @Test
    void equalsComparesIndicatorsObjectivesAndMeasurementsWhateverTheOrderMeasured() {
        Monitoring m = monitoring();
        Monitoring same = Monitoring.of(m.indicators(), m.objectives(), List.of(new Measurement("KPI-2", D, 20),
                new Measurement("KPI-1", D, 91), new Measurement("KPI-1", D.plusMonths(1), 96)));
        assertEquals(m, same);
        assertEquals(m.hashCode(), same.hashCode());
        assertNotEquals(m, m.with(new Measurement("KPI-2", D.plusDays(1), 20)));
        assertNotEquals(m, Monitoring.of(m.indicators(), m.objectives().subList(0, 2), List.of()));
        assertEquals("Monitoring[2 indicators, 3 objectives, 3 measurements]", m.toString());
    }

    @Test
    void anIndicatorsStatusIsThatOfItsLatestMeasurementOnOrBeforeTheDay() {
        Monitoring m = monitoring();
        assertEquals(TargetStatus.NO_DATA, m.status("KPI-1", D.minusDays(1)).status());
        assertEquals(TargetStatus.NOT_MET, m.status("KPI-1", D).status());
        IndicatorStatus later = m.status("KPI-1", D.plusMonths(2));
        assertEquals(TargetStatus.MET, later.status());
        assertEquals(Optional.of(96.0), later.latest().map(Measurement::value));
        assertEquals(Optional.of(D.plusMonths(1).plusMonths(1)), later.nextDue());
    }

    @Test
    void anObjectiveIsMetOnlyWhenEveryIndicatorIs() {
        Monitoring m = monitoring();
        assertEquals(TargetStatus.MET, m.objectiveStatus("OBJ-1", D.plusMonths(1)));
        assertEquals(TargetStatus.NOT_MET, m.objectiveStatus("OBJ-2", D.plusMonths(1)));
        assertEquals(TargetStatus.NO_DATA, m.objectiveStatus("OBJ-1", D.minusDays(1)));
        assertEquals(TargetStatus.NO_DATA, m.objectiveStatus("OBJ-3", D));
        Monitoring fixed = m.with(new Measurement("KPI-2", D.plusMonths(1), 9));
        assertEquals(TargetStatus.MET, fixed.objectiveStatus("OBJ-2", D.plusMonths(1)));
    }

    @Test
    void rejectsRepeatedObjectiveIds() {
        Objective aware = Objective.of("OBJ-1", "Aware staff", "HR", List.of("KPI-1"));
        assertEquals("objective ids must be unique but 'OBJ-1' appears twice", assertThrows(
                IllegalArgumentException.class, () -> Monitoring.of(List.of(PerformanceIndicatorTest.training()),
                        List.of(aware, aware), List.of())).getMessage());
    }

    @Test
    void rejectsUnknownIndicatorsAndRepeatedMeasurements() {
        Monitoring m = monitoring();
        assertEquals("measurement indicatorId must name a known performance indicator but was 'KPI-9'",
                assertThrows(IllegalArgumentException.class, () -> m.with(new Measurement("KPI-9", D, 1)))
                        .getMessage());
        assertEquals("measurement of 'KPI-1' date must be unique per indicator but 2026-01-31 appears twice",
                assertThrows(IllegalArgumentException.class, () -> m.with(new Measurement("KPI-1", D, 1)))
                        .getMessage());
        assertEquals("objective 'O' indicators must name a known performance indicator but was 'KPI-9'",
                assertThrows(IllegalArgumentException.class, () -> Monitoring.of(List.of(), List.of(Objective.of("O",
                        "x", "y", List.of("KPI-9"))), List.of())).getMessage());
        assertEquals("performance indicator ids must be unique but 'KPI-1' appears twice", assertThrows(
                IllegalArgumentException.class, () -> Monitoring.of(List.of(PerformanceIndicatorTest.training(),
                        PerformanceIndicatorTest.training()), List.of(), List.of())).getMessage());
        assertThrows(UnknownIdException.class, () -> m.status("KPI-9", D));
        assertThrows(UnknownIdException.class, () -> m.objectiveStatus("OBJ-9", D));
        assertEquals(2, m.indicators().size());
        assertEquals(3, m.objectives().size());
    }
}
