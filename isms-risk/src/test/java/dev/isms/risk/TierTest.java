// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TierTest {

    @Test
    void tiersFollowTheTreatmentProcess() {
        assertEquals(List.of(Tier.INHERENT, Tier.CURRENT, Tier.RESIDUAL, Tier.TARGET), List.of(Tier.values()));
    }

    @Test
    void everyProfileHasEveryTierInOrder() {
        RiskProfile p = RiskFixtures.register().build().profile("R-1");
        for (Tier t : Tier.values()) {
            assertEquals(t, p.tier(t).tier());
        }
    }
}
