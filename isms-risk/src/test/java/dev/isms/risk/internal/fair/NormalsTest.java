// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NormalsTest {
    private static final int N = 2_000_000;
    /** (z, Φ(z)) pairs of the standard normal distribution function, including both sides of the tail start. */
    private static final double[][] CDF = {
        {-4.0, 3.167124183311998e-5}, {-3.7, 1.0779973347738824e-4}, {-2.3263478740408408, 0.01},
        {-1.0, 0.15865525393145707}, {0.0, 0.5}, {0.5, 0.6914624612740131}, {1.6448536269514722, 0.95},
        {3.6, 0.9998408934114958}, {4.5, 0.9999966023268753},
    };

    @Test
    void momentsMatchTheStandardNormal() {
        SplittableRandom random = new SplittableRandom(3);
        double sum = 0;
        double sumSq = 0;
        double sumFourth = 0;
        for (int i = 0; i < N; i++) {
            double z = Normals.next(random);
            sum += z;
            sumSq += z * z;
            sumFourth += z * z * z * z;
        }
        assertEquals(0, sum / N, 5 / Math.sqrt(N));
        assertEquals(1, sumSq / N, 5 * Math.sqrt(2.0 / N));
        assertEquals(3, sumFourth / N, 5 * Math.sqrt(96.0 / N));
    }

    @Test
    void empiricalDistributionFunctionMatchesPhi() {
        SplittableRandom random = new SplittableRandom(5);
        long[] below = new long[CDF.length];
        for (int i = 0; i < N; i++) {
            double z = Normals.next(random);
            for (int j = 0; j < CDF.length; j++) {
                below[j] += z < CDF[j][0] ? 1 : 0;
            }
        }
        for (int j = 0; j < CDF.length; j++) {
            double p = CDF[j][1];
            assertEquals(p, (double) below[j] / N, 5 * Math.sqrt(p * (1 - p) / N) + 1e-7, "z = " + CDF[j][0]);
        }
    }

    @Test
    void theStatedBoundExceedsTheLargestPossibleTailDraw() {
        // A tail draw is R - ln(U) / R with U = 1 - nextDouble() >= 2^-53.
        double largest = Normals.R + 53 * Math.log(2) / Normals.R;
        assertEquals(13.71, largest, 0.01);
        assertTrue(largest < Normals.MAX_ABS);
    }
}
