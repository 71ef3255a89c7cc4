// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.LogNormal;

// Why: the one edge where the sealed Distribution hierarchy is turned into concrete samplers and their limits.
/** Compiles public distribution values into samplers, and states what their draws can be. */
public final class Samplers {
    private Samplers() {
    }

    /**
     * Returns the sampler of a distribution.
     *
     * @param distribution the distribution
     * @return a stateless, thread-safe sampler
     */
    public static Sampler of(Distribution distribution) {
        if (distribution instanceof BetaPert pert) {
            return pert.isDegenerate()
                    ? new ConstantSampler(pert.min())
                    : new PertSampler(pert.min(), pert.max(), pert.alpha(), pert.beta());
        }
        if (distribution instanceof LogNormal logNormal) {
            return new LogNormalSampler(logNormal.mu(), logNormal.sigma());
        }
        return new ConstantSampler(((Constant) distribution).value());
    }

    /**
     * Returns the largest value the sampler of a distribution can draw: the upper bound of a PERT or a constant,
     * and exp(μ + {@value Normals#MAX_ABS}σ) for a lognormal, whose normal draws never exceed
     * {@value Normals#MAX_ABS} in magnitude.
     *
     * @param distribution the distribution
     * @return the largest draw; {@code +Infinity} if a lognormal's draws can overflow
     */
    public static double largest(Distribution distribution) {
        if (distribution instanceof LogNormal logNormal) {
            return Math.exp(logNormal.mu() + Normals.MAX_ABS * logNormal.sigma());
        }
        return distribution.upperBound();
    }

    /**
     * {@return the mean of a distribution's draws: its exact mean, at most its {@linkplain #largest largest draw}}
     *
     * @param distribution the distribution
     */
    static double mean(Distribution distribution) {
        return Math.min(distribution.mean(), largest(distribution));
    }

    /**
     * Returns the variance of a distribution's draws: the exact variance, at most the square of the
     * {@linkplain #largest largest draw} (which bounds the variance of draws that never exceed it).
     *
     * @param distribution the distribution
     * @return the variance, at least 0
     */
    static double variance(Distribution distribution) {
        double variance;
        if (distribution instanceof BetaPert pert) {
            variance = pert.variance();
        } else if (distribution instanceof LogNormal l) {
            double s2 = l.sigma() * l.sigma();
            variance = Math.expm1(s2) * Math.exp(2 * l.mu() + s2);
        } else {
            variance = 0;
        }
        double largest = largest(distribution);
        return Math.min(variance, largest * largest);
    }
}
