// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.SplittableRandom;

// Why: exp(mu + sigma * Z) with the inlinable ziggurat normal of Normals, no allocation.
/** Samples a lognormal distribution. */
final class LogNormalSampler implements Sampler {
    private final double mu;
    private final double sigma;

    LogNormalSampler(double mu, double sigma) {
        this.mu = mu;
        this.sigma = sigma;
    }

    @Override
    public double next(SplittableRandom random) {
        return Math.exp(mu + sigma * Normals.next(random));
    }

    @Override
    public void fill(SplittableRandom random, double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = Math.exp(mu + sigma * Normals.next(random));
        }
    }
}
