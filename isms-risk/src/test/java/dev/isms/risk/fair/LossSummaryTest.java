// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LossSummaryTest {

    static LossSummary summary(List<ExceedancePoint> curve) {
        return new LossSummary(5, 0, 10, 1, 5, 9, 9.5, 9.9, curve, 0.1);
    }

    @Test
    void copiesTheCurve() {
        List<ExceedancePoint> curve = new ArrayList<>(List.of(new ExceedancePoint(1, 0.9)));
        LossSummary s = summary(curve);
        curve.clear();
        assertEquals(1, s.exceedanceCurve().size());
        assertThrows(UnsupportedOperationException.class, () -> s.exceedanceCurve().clear());
    }

    @Test
    void rejectsPercentilesOutOfOrder() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new LossSummary(5, 0, 10, 6, 5, 9, 9.5, 9.9, List.of(), 0));
        assertEquals("p50 must be >= p10 (6.0) but was 5.0", e.getMessage());
    }

    @Test
    void rejectsMaxBelowP99() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new LossSummary(5, 0, 9, 1, 5, 9, 9.5, 9.9, List.of(), 0));
        assertEquals("max must be >= p99 (9.9) but was 9.0", e.getMessage());
    }

    @Test
    void rejectsNaNMean() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new LossSummary(Double.NaN, 0, 10, 1, 5, 9, 9.5, 9.9, List.of(), 0));
        assertEquals("mean must be finite but was NaN", e.getMessage());
    }

    @Test
    void rejectsIncreasingExceedance() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> summary(List.of(new ExceedancePoint(1, 0.5), new ExceedancePoint(2, 0.6))));
        assertEquals("exceedanceCurve probability must never increase but 0.6 follows 0.5", e.getMessage());
    }

    @Test
    void rejectsUnorderedCurveLosses() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> summary(List.of(new ExceedancePoint(2, 0.5), new ExceedancePoint(2, 0.4))));
        assertEquals("exceedanceCurve loss must increase but 2.0 follows 2.0", e.getMessage());
    }

    @Test
    void rejectsAppetiteShareAboveOne() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new LossSummary(5, 0, 10, 1, 5, 9, 9.5, 9.9, List.of(), 2));
        assertEquals("appetiteExceedance must be within [0, 1] but was 2.0", e.getMessage());
    }
}
