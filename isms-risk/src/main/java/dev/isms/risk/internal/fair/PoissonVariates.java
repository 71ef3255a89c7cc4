// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.SplittableRandom;

// Why: the POISSON_EVENTS model needs exact Poisson counts for any mean, small or large.
/**
 * Poisson variates: multiplication of uniforms for means below 10, Hörmann's transformed rejection with squeeze
 * (PTRS; Insurance: Mathematics and Economics 12, 1993) above.
 */
final class PoissonVariates {
    private static final double HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final int TABLE = 256;
    private static final double[] LOG_FACTORIAL = logFactorials();

    private PoissonVariates() {
    }

    /**
     * Draws a Poisson variate.
     *
     * @param random the stream
     * @param mean the mean, at least 0 and finite
     * @return the count
     */
    static long next(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        return mean < 10 ? multiplication(random, mean) : ptrs(random, mean);
    }

    private static long multiplication(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    private static long ptrs(SplittableRandom random, double mean) {
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * Math.sqrt(mean);
        double a = -0.059 + 0.02483 * b;
        double logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) {
                return k;
            }
        }
    }

    /**
     * {@return ln(k!), from a table below 256 and Stirling's series above}
     *
     * @param k at least 0
     */
    static double logFactorial(long k) {
        if (k < TABLE) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k;
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        return (x + 0.5) * Math.log(x) - x + HALF_LN_2PI + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
    }

    private static double[] logFactorials() {
        double[] table = new double[TABLE];
        for (int i = 1; i < TABLE; i++) {
            table[i] = table[i - 1] + Math.log(i);
        }
        return table;
    }
}
