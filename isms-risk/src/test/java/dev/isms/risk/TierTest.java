// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TierTest {

    @Test
    void everyProfileHasEveryTierInOrder() {
        RiskProfile p = RiskFixtures.register().build().profile("R-1");
        for (Tier t : Tier.values()) {
            assertEquals(t, p.tier(t).tier());
        }
    }
}
