// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void rejectsAValueThatIsNotFiniteNamingTheIndicatorAndDay() {
        assertEquals("measurement of 'KPI-1' on 2026-01-31 value must be finite but was Infinity", assertThrows(
                IllegalArgumentException.class, () -> new Measurement("KPI-1", LocalDate.of(2026, 1, 31),
                        Double.POSITIVE_INFINITY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Measurement(" ", LocalDate.of(2026, 1, 31), 1));
    }
}
