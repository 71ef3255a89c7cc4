// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TierScoreTest {
    private final RiskScore score = RiskScore.builder("fair", "1").value(1000).level("QUANTITATIVE", 0)
            .explanation("mean annual loss 1000").build();

    @Test
    void isTheScoreOfOneTier() {
        TierScore t = new TierScore(Tier.CURRENT, score);
        assertEquals(Tier.CURRENT, t.tier());
        assertEquals(score, t.score());
        assertNotEquals(t, new TierScore(Tier.RESIDUAL, score));
    }

    @Test
    void rejectsNulls() {
        assertEquals("tier", assertThrows(NullPointerException.class, () -> new TierScore(null, score)).getMessage());
        assertEquals("score", assertThrows(NullPointerException.class, () -> new TierScore(Tier.CURRENT, null))
                .getMessage());
    }
}
