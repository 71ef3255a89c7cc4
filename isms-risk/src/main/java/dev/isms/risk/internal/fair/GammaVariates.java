// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.SplittableRandom;

// Why: beta variates are built from two gammas; this is the one place that draws them.
/**
 * Gamma(shape, 1) variates by Marsaglia and Tsang (ACM TOMS 26(3), 2000) for shape ≥ 1, with the
 * Gamma(a) = Gamma(a + 1)·U^(1/a) boost for shape below 1 (returned as a logarithm to avoid underflow).
 */
final class GammaVariates {
    private GammaVariates() {
    }

    /**
     * {@return d for shape ≥ 1, the scale-free offset shape − 1/3 of Marsaglia–Tsang}
     *
     * @param shape the shape, at least 1
     */
    static double d(double shape) {
        return shape - 1.0 / 3.0;
    }

    /**
     * {@return c = 1 / sqrt(9 d)}
     *
     * @param d the offset from {@link #d(double)}
     */
    static double c(double d) {
        return 1.0 / Math.sqrt(9.0 * d);
    }

    /**
     * Draws Gamma(d + 1/3) by Marsaglia–Tsang: one normal and one uniform per trial, usually one trial.
     *
     * @param random the stream
     * @param d shape − 1/3, shape at least 1
     * @param c 1 / sqrt(9 d)
     * @return the variate, positive
     */
    static double marsagliaTsang(SplittableRandom random, double d, double c) {
        while (true) {
            double x = Normals.next(random);
            double v = 1.0 + c * x;
            if (v <= 0.0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1.0 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /**
     * Draws a Gamma(shape, 1) variate, for any positive shape.
     *
     * @param random the stream
     * @param shape the shape, greater than 0 and finite
     * @return the variate, at least 0
     */
    static double next(SplittableRandom random, double shape) {
        if (shape >= 1.0) {
            double d = d(shape);
            return marsagliaTsang(random, d, c(d));
        }
        return Math.exp(logGamma(random, shape));
    }

    /**
     * Draws the natural logarithm of a Gamma(shape, 1) variate, for any positive shape.
     *
     * @param random the stream
     * @param shape the shape, greater than 0
     * @return ln of the variate
     */
    static double logGamma(SplittableRandom random, double shape) {
        if (shape >= 1.0) {
            double d = d(shape);
            return Math.log(marsagliaTsang(random, d, c(d)));
        }
        double d = d(shape + 1.0);
        double g = marsagliaTsang(random, d, c(d));
        double u = 1.0 - random.nextDouble();
        return Math.log(g) + Math.log(u) / shape;
    }
}
