// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogNormalTest {

    @Test
    void ninetyPercentIntervalGivesTheFifthAndNinetyFifthPercentiles() {
        LogNormal d = LogNormal.from90PercentInterval(1_000, 100_000);
        assertEquals(1_000, Math.exp(d.mu() - LogNormal.Z95 * d.sigma()), 1e-6);
        assertEquals(100_000, Math.exp(d.mu() + LogNormal.Z95 * d.sigma()), 1e-4);
        assertEquals(10_000, d.median(), 1e-6);
        assertEquals(Math.exp(d.mu() + d.sigma() * d.sigma() / 2), d.mean(), 1e-9);
        assertEquals(0, d.lowerBound());
        assertEquals(Double.POSITIVE_INFINITY, d.upperBound());
    }

    @Test
    void rejectsLowAtOrBelowZero() {
        var e = assertThrows(IllegalArgumentException.class, () -> LogNormal.from90PercentInterval(0, 10));
        assertEquals("lognormal low must be finite and > 0 but was 0.0", e.getMessage());
    }

    @Test
    void rejectsLowAtOrAboveHigh() {
        var e = assertThrows(IllegalArgumentException.class, () -> LogNormal.from90PercentInterval(5, 3));
        assertEquals("lognormal low 5.0 >= high 3.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LogNormal.from90PercentInterval(5, 5));
    }

    @Test
    void rejectsNonPositiveSigma() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LogNormal(0, -1));
        assertEquals("lognormal sigma must be finite and > 0 but was -1.0", e.getMessage());
    }

    @Test
    void rejectsNaNMu() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LogNormal(Double.NaN, 1));
        assertEquals("lognormal mu must be finite but was NaN", e.getMessage());
    }
}
