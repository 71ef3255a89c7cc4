// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskScore;
import dev.isms.risk.ScoreMismatch;
import dev.isms.risk.Tier;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaleScoreTest {
    private final RiskScore score = RandomEdits.score("fair", 1);
    private final ScoreMismatch mismatch = new ScoreMismatch(ScoreMismatch.Reason.METHOD_UNKNOWN, score,
            Optional.empty(), "method 'fair' is not available");

    @Test
    void namesTheScenarioTierMethodAndReason() {
        StaleScore s = new StaleScore("R-1", Tier.CURRENT, mismatch);
        assertEquals(ScoreMismatch.Reason.METHOD_UNKNOWN, s.reason());
        assertEquals("fair", s.methodId());
        assertEquals("R-1/CURRENT/fair: METHOD_UNKNOWN (method 'fair' is not available)", s.toString());
    }

    @Test
    void rejectsBlankScenarioAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> new StaleScore(" ", Tier.CURRENT, mismatch));
        assertThrows(NullPointerException.class, () -> new StaleScore("R-1", null, mismatch));
        assertThrows(NullPointerException.class, () -> new StaleScore("R-1", Tier.CURRENT, null));
    }
}
