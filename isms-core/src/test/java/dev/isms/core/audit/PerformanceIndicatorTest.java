// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PerformanceIndicatorTest {

    static PerformanceIndicator training() {
        return PerformanceIndicator.of("KPI-1", "Staff trained", "LMS completion report / head count",
                Period.ofMonths(1), Target.atLeast(95, "%"));
    }

    @Test
    void hasMethodFrequencyTargetAndAnOptionalOwner() {
        PerformanceIndicator i = training();
        assertEquals(Optional.empty(), i.owner());
        assertEquals(Optional.of("HR"), i.withOwner("HR").owner());
        assertEquals(Period.ofMonths(1), i.frequency());
    }

    @Test
    void rejectsAFrequencyThatIsNotPositiveNamingTheIndicator() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerformanceIndicator.of(
                "KPI-1", "x", "y", Period.ZERO, Target.atLeast(1, "%")));
        assertEquals("performance indicator 'KPI-1' frequency must be positive but was P0D", e.getMessage());
        assertEquals("performance indicator 'KPI-1' method must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> PerformanceIndicator.of("KPI-1", "x", " ", Period.ofDays(1),
                        Target.atLeast(1, "%"))).getMessage());
    }
}
