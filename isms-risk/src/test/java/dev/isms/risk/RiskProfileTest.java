// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RiskProfileTest {
    private static TierAssessment t(Tier tier, int rank) {
        return new TierAssessment(tier, OptionalInt.empty(), Map.of(), rank, "L" + rank, "because");
    }

    @Test
    void exposesTiersByName() {
        RiskProfile p = new RiskProfile("R-1", List.of(t(Tier.INHERENT, 3), t(Tier.CURRENT, 2), t(Tier.RESIDUAL, 1),
                t(Tier.TARGET, 1)));
        assertEquals(3, p.inherent().rank());
        assertEquals(2, p.current().rank());
        assertEquals(1, p.residual().rank());
        assertEquals(1, p.target().rank());
        assertEquals(p.residual(), p.tier(Tier.RESIDUAL));
        assertEquals(true, p.meetsTarget());
    }

    @Test
    void rejectsMissingOrMisorderedTiers() {
        assertThrows(IllegalArgumentException.class, () -> new RiskProfile("R", List.of(t(Tier.INHERENT, 1))));
        assertEquals("profile of 'R' tier 0 must be INHERENT but was CURRENT", assertThrows(
                IllegalArgumentException.class, () -> new RiskProfile("R", List.of(t(Tier.CURRENT, 1),
                        t(Tier.INHERENT, 1), t(Tier.RESIDUAL, 1), t(Tier.TARGET, 1)))).getMessage());
    }
}
