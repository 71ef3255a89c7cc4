// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BetaPertTest {

    @Test
    void classicShapesFollowTheModeAndLambda() {
        BetaPert pert = BetaPert.of(0, 3, 10);
        assertEquals(1 + 4 * 0.3, pert.alpha(), 1e-12);
        assertEquals(1 + 4 * 0.7, pert.beta(), 1e-12);
        assertEquals((0 + 4 * 3 + 10) / 6.0, pert.mean(), 1e-12);
        assertEquals(PertVariant.CLASSIC, pert.variant());
        assertEquals(BetaPert.DEFAULT_LAMBDA, pert.lambda());
    }

    @Test
    void classicVarianceIsTheBetaVarianceScaled() {
        BetaPert pert = BetaPert.of(10, 20, 50);
        double a = pert.alpha();
        double b = pert.beta();
        assertEquals(a * b * 1600 / ((a + b) * (a + b) * (a + b + 1)), pert.variance(), 1e-9);
    }

    @Test
    void momentMatchedHitsMeanAndRangeOverLambdaPlusTwo() {
        BetaPert pert = BetaPert.of(0, 2, 12).withVariant(PertVariant.MOMENT_MATCHED).withLambda(3);
        double a = pert.alpha();
        double b = pert.beta();
        assertEquals((0 + 3 * 2 + 12) / 5.0, 12 * a / (a + b), 1e-9);
        assertEquals(144.0 / 25, pert.variance(), 1e-9);
        assertEquals((0 + 3 * 2 + 12) / 5.0, pert.mean(), 1e-12);
    }

    @Test
    void momentMatchedShapesStayPositiveAtTheBounds() {
        BetaPert atMin = BetaPert.of(0, 0, 1).withVariant(PertVariant.MOMENT_MATCHED);
        assertEquals(4.0 / 6, atMin.alpha(), 1e-12);
        assertTrue(atMin.beta() > 1);
    }

    @Test
    void degenerateRangeIsTheConstantMin() {
        BetaPert pert = BetaPert.of(5, 5, 5);
        assertTrue(pert.isDegenerate());
        assertEquals(5, pert.mean());
        assertEquals(0, pert.variance());
        assertTrue(Double.isNaN(pert.alpha()));
        assertTrue(Double.isNaN(pert.beta()));
        assertEquals(5, pert.lowerBound());
        assertEquals(5, pert.upperBound());
    }

    @Test
    void withersReturnThisWhenUnchanged() {
        BetaPert pert = BetaPert.of(1, 2, 3);
        assertSame(pert, pert.withLambda(4));
        assertSame(pert, pert.withVariant(PertVariant.CLASSIC));
        assertEquals(6, pert.withLambda(6).lambda());
    }

    @Test
    void rejectsMinAboveMode() {
        var e = assertThrows(IllegalArgumentException.class, () -> BetaPert.of(5, 3, 10));
        assertEquals("PERT min 5.0 > mode 3.0", e.getMessage());
    }

    @Test
    void rejectsModeAboveMax() {
        var e = assertThrows(IllegalArgumentException.class, () -> BetaPert.of(0, 12, 10));
        assertEquals("PERT mode 12.0 > max 10.0", e.getMessage());
    }

    @Test
    void rejectsNaN() {
        var e = assertThrows(IllegalArgumentException.class, () -> BetaPert.of(Double.NaN, 1, 2));
        assertEquals("PERT min must be finite but was NaN", e.getMessage());
    }

    @Test
    void rejectsInfiniteMax() {
        var e = assertThrows(IllegalArgumentException.class, () -> BetaPert.of(0, 1, Double.POSITIVE_INFINITY));
        assertEquals("PERT max must be finite but was Infinity", e.getMessage());
    }

    @Test
    void rejectsLambdaOutsideItsRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> BetaPert.of(0, 1, 2).withLambda(0));
        assertEquals("PERT lambda must be 1.0E-6..1000000.0 but was 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BetaPert.of(0, 1, 2).withLambda(1e-7));
        assertThrows(IllegalArgumentException.class, () -> BetaPert.of(0, 1, 2).withLambda(1.1e6));
        assertThrows(IllegalArgumentException.class, () -> BetaPert.of(0, 1, 2).withLambda(Double.NaN));
        assertEquals(BetaPert.MIN_LAMBDA, BetaPert.of(0, 1, 2).withVariant(PertVariant.MOMENT_MATCHED)
                .withLambda(BetaPert.MIN_LAMBDA).lambda());
    }

    @Test
    void rejectsARangeWhoseWidthOverflows() {
        var e = assertThrows(IllegalArgumentException.class, () -> BetaPert.of(-1e308, 0, 1e308));
        assertEquals("PERT range max - min must be finite but was Infinity (min -1.0E308, max 1.0E308)",
                e.getMessage());
    }

    @Test
    void rejectsEstimatesWhoseMomentsOverflow() {
        var mean = assertThrows(IllegalArgumentException.class, () -> BetaPert.of(0, 1.7e308, 1.7e308));
        assertEquals("PERT mean must be finite but was Infinity (min 0.0, max 1.7E308)", mean.getMessage());
        var variance = assertThrows(IllegalArgumentException.class, () -> BetaPert.of(0, 1, 1e200));
        assertEquals("PERT variance must be finite but was Infinity (min 0.0, max 1.0E200)", variance.getMessage());
        assertEquals(1e150 * 1e150 / 28, BetaPert.of(0, 5e149, 1e150).variance(), 1e285);
    }

    @Test
    void rejectsNullVariant() {
        var e = assertThrows(NullPointerException.class, () -> new BetaPert(0, 1, 2, 4, null));
        assertEquals("variant", e.getMessage());
    }
}
