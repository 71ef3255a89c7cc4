// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogAxisTest {

    @Test
    void coversWholeDecadesAndPlacesValuesLogarithmically() {
        LogAxis a = LogAxis.covering(1_500, 2_000_000, 100, 300);
        assertEquals(3, a.fromExponent());
        assertEquals(7, a.toExponent());
        assertEquals(100, a.position(1_000), 1e-9);
        assertEquals(175, a.position(10_000), 1e-9);
        assertEquals(400, a.position(10_000_000), 1e-9);
        assertEquals(4, LogAxis.covering(10_000, 10_000, 0, 1).fromExponent());
        assertEquals(5, LogAxis.covering(10_000, 10_000, 0, 1).toExponent());
    }

    @Test
    void labelsShortly() {
        assertEquals("950", LogAxis.label(950));
        assertEquals("1.5k", LogAxis.label(1_500));
        assertEquals("2M", LogAxis.label(2_000_000));
        assertEquals("3B", LogAxis.label(3e9));
        assertEquals("4000T", LogAxis.label(4e15));
    }
}
