// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.SplittableRandom;

// Why: the hot path of the engine; a beta-PERT draw is min + span · X / (X + Y) with X, Y gamma variates.
/**
 * Samples min + (max − min)·B with B ~ Beta(α, β). When both shapes are at least 1 (always so for the classic
 * variant) each draw costs two Marsaglia–Tsang gammas; otherwise the gammas are combined in log space.
 */
final class PertSampler implements Sampler {
    private final double min;
    private final double span;
    private final double max;
    private final double alpha;
    private final double beta;
    private final boolean fast;
    private final double d1;
    private final double c1;
    private final double d2;
    private final double c2;

    PertSampler(double min, double max, double alpha, double beta) {
        this.min = min;
        this.max = max;
        this.span = max - min;
        this.alpha = alpha;
        this.beta = beta;
        this.fast = alpha >= 1.0 && beta >= 1.0;
        this.d1 = GammaVariates.d(Math.max(alpha, 1.0));
        this.c1 = GammaVariates.c(d1);
        this.d2 = GammaVariates.d(Math.max(beta, 1.0));
        this.c2 = GammaVariates.c(d2);
    }

    @Override
    public double next(SplittableRandom random) {
        return fast ? scale(fastBeta(random)) : scale(logBeta(random));
    }

    @Override
    public void fill(SplittableRandom random, double[] out, int from, int to) {
        if (fast) {
            for (int i = from; i < to; i++) {
                out[i] = scale(fastBeta(random));
            }
        } else {
            for (int i = from; i < to; i++) {
                out[i] = scale(logBeta(random));
            }
        }
    }

    private double scale(double unit) {
        return Math.min(max, min + span * unit);
    }

    private double fastBeta(SplittableRandom random) {
        double x = GammaVariates.marsagliaTsang(random, d1, c1);
        double y = GammaVariates.marsagliaTsang(random, d2, c2);
        return x / (x + y);
    }

    private double logBeta(SplittableRandom random) {
        double lx = GammaVariates.logGamma(random, alpha);
        double ly = GammaVariates.logGamma(random, beta);
        return 1.0 / (1.0 + Math.exp(ly - lx));
    }
}
