// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PertVariantTest {

    @Test
    void variantsShareTheMeanButNotTheVariance() {
        BetaPert classic = BetaPert.of(0, 1, 10);
        BetaPert matched = classic.withVariant(PertVariant.MOMENT_MATCHED);
        assertEquals(classic.mean(), matched.mean(), 1e-12);
        assertNotEquals(classic.variance(), matched.variance(), 1e-6);
        // classic: t = 0.1, alpha = 1.4, beta = 4.6; moment-matched: the PERT rule sigma = range / 6
        assertEquals(1.4 * 4.6 * 100 / (36 * 7), classic.variance(), 1e-12);
        assertEquals(100.0 / 36, matched.variance(), 1e-12);
    }
}
