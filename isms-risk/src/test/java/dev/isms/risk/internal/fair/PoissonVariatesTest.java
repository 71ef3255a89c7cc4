// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PoissonVariatesTest {

    @Test
    void meanAndVarianceMatchForSmallAndLargeMeans() {
        for (double mean : new double[] {0.3, 4, 10, 57.5, 2_000}) {
            SplittableRandom random = new SplittableRandom(11);
            int n = 40_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                long k = PoissonVariates.next(random, mean);
                sum += k;
                sumSq += (double) k * k;
            }
            double m = sum / n;
            double v = sumSq / n - m * m;
            assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean " + mean);
            assertEquals(mean, v, 0.05 * mean, "variance " + mean);
        }
    }

    @Test
    void zeroMeanGivesZero() {
        assertEquals(0, PoissonVariates.next(new SplittableRandom(1), 0));
    }

    @Test
    void logFactorialIsContinuousAcrossTheTable() {
        double exact = 0;
        for (int k = 1; k <= 300; k++) {
            exact += Math.log(k);
            assertEquals(exact, PoissonVariates.logFactorial(k), 1e-9 * exact, "k = " + k);
        }
    }

    @Test
    void stirlingsSeriesAboveTheTableAgreesWithTheExactSumToTenDigitsAfterThePoint() {
        double exact = 0;
        double compensation = 0;
        for (int k = 1; k <= 5_000; k++) {
            double y = Math.log(k) - compensation;
            double t = exact + y;
            compensation = (t - exact) - y;
            exact = t;
            if (k >= 250) {
                assertEquals(exact, PoissonVariates.logFactorial(k), 5e-11, "k = " + k);
            }
        }
    }
}
