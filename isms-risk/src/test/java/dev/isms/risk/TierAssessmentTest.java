// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TierAssessmentTest {

    @Test
    void holdsLevelsAndReason() {
        TierAssessment t = new TierAssessment(Tier.CURRENT, OptionalInt.of(3), Map.of(RiskFixtures.C, 2), 1,
                "Medium", "current: unchanged");
        assertEquals(OptionalInt.of(3), t.likelihood());
        assertThrows(UnsupportedOperationException.class, () -> t.consequences().clear());
    }

    @Test
    void rejectsNegativeRanksAndBlankTexts() {
        assertThrows(IllegalArgumentException.class, () -> new TierAssessment(Tier.TARGET, OptionalInt.empty(),
                Map.of(), -1, "Low", "x"));
        assertThrows(IllegalArgumentException.class, () -> new TierAssessment(Tier.TARGET, OptionalInt.empty(),
                Map.of(), 0, "Low", " "));
    }
}
