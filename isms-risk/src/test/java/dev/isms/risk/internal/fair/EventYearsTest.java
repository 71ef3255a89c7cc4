// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventYearsTest {

    @Test
    void compoundDrawsHaveTheRequestedMeanAndVariance() {
        for (double[] moments : new double[][] {{5e6, 2e10}, {3.0, 40.0}, {1e90, 1e170}}) {
            SplittableRandom random = new SplittableRandom(13);
            int n = 200_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double x = EventYears.compound(random, moments[0], moments[1]) / moments[0];
                sum += x;
                sumSq += x * x;
            }
            double mean = sum / n;
            double relativeVariance = moments[1] / (moments[0] * moments[0]);
            assertEquals(1, mean, 5 * Math.sqrt(relativeVariance / n), "mean " + moments[0]);
            assertEquals(relativeVariance, sumSq / n - mean * mean, 0.05 * relativeVariance, "variance " + moments[1]);
        }
    }

    @Test
    void compoundOfADegenerateSumIsItsMean() {
        SplittableRandom random = new SplittableRandom(1);
        assertEquals(7e40, EventYears.compound(random, 7e40, 0));
        assertEquals(0, EventYears.compound(random, 0, 5));
        assertEquals(1e100, EventYears.compound(random, 1e100, 1e-250));
    }

    @Test
    void countsAboveTheExactRangeFollowTheNormalApproximation() {
        SplittableRandom random = new SplittableRandom(2);
        double mean = 4e12;
        int n = 20_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double z = (EventYears.count(random, mean) - mean) / Math.sqrt(mean);
            sum += z;
            sumSq += z * z;
        }
        assertEquals(0, sum / n, 5 / Math.sqrt(n));
        assertEquals(1, sumSq / n, 0.05);
        assertEquals(3, EventYears.count(new SplittableRandom(4), 2.5), 3);
    }
}
