// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.internal.fair.Sampler;
import dev.isms.risk.internal.fair.Samplers;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class BetaPertProperties {
    private static final int N = 20_000;

    static BetaPert pert(double min, double span, double modeShare) {
        return BetaPert.of(min, min + span * modeShare, min + span);
    }

    static double[] draw(BetaPert pert, long seed) {
        Sampler sampler = Samplers.of(pert);
        double[] x = new double[N];
        sampler.fill(new SplittableRandom(seed), x, N);
        return x;
    }

    @Property(tries = 30)
    void samplesStayWithinMinAndMax(@ForAll @DoubleRange(min = -1e6, max = 1e6) double min,
            @ForAll @DoubleRange(min = 0, max = 1e6) double span, @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @DoubleRange(min = 0.05, max = 20) double lambda, @ForAll PertVariant variant, @ForAll long seed) {
        BetaPert pert = pert(min, span, share).withLambda(lambda).withVariant(variant);
        for (double x : draw(pert, seed)) {
            assertTrue(x >= pert.min() && x <= pert.max(), () -> x + " outside " + pert);
        }
    }

    @Property(tries = 30)
    void classicSampleMeanConvergesToTheWeightedMean(@ForAll @DoubleRange(min = 0, max = 1e4) double min,
            @ForAll @DoubleRange(min = 0.01, max = 1e4) double span, @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll long seed) {
        BetaPert pert = pert(min, span, share);
        double target = (pert.min() + 4 * pert.mode() + pert.max()) / 6;
        double tolerance = 5 * Math.sqrt(pert.variance() / N) + 1e-9 * span;
        assertEquals(target, mean(draw(pert, seed)), tolerance);
    }

    @Property(tries = 30)
    void momentMatchedHitsTargetMeanAndVariance(@ForAll @DoubleRange(min = 0, max = 1e4) double min,
            @ForAll @DoubleRange(min = 0.01, max = 1e4) double span, @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @DoubleRange(min = 1, max = 10) double lambda, @ForAll long seed) {
        BetaPert pert = pert(min, span, share).withLambda(lambda).withVariant(PertVariant.MOMENT_MATCHED);
        double targetVariance = span * span / ((lambda + 2) * (lambda + 2));
        assertEquals(targetVariance, pert.variance(), 1e-9 * targetVariance);
        double[] x = draw(pert, seed);
        double mean = mean(x);
        assertEquals(pert.mean(), mean, 5 * Math.sqrt(targetVariance / N) + 1e-9 * span);
        double sumSq = 0;
        for (double v : x) {
            sumSq += (v - mean) * (v - mean);
        }
        assertEquals(targetVariance, sumSq / (N - 1), 0.1 * targetVariance);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }
}
