// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static dev.isms.risk.RiskFixtures.A;
import static dev.isms.risk.RiskFixtures.C;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskScenarioTest {

    @Test
    void assetBasedScenariosAffectTheirAsset() {
        RiskScenario s = RiskFixtures.ransomware();
        assertEquals(List.of("A-1"), s.affectedAssets());
        assertEquals(Map.of(A, 5, C, 3), s.consequences());
        assertEquals(Optional.of("CIO"), s.owner());
        assertEquals(Optional.empty(), s.targetLevel());
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void eventBasedScenariosListAffectedAssetsOnce() {
        RiskScenario s = RiskFixtures.leak().toBuilder().affects("A-1", "A-2").build();
        assertEquals(List.of("A-1", "A-2"), s.affectedAssets());
    }

    @Test
    void rejectsBadLevelsAndMissingConsequences() {
        ScenarioBasis b = ScenarioBasis.eventBased("S-1", "e");
        assertEquals("scenario 'R' likelihood must be >= 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> RiskScenario.builder("R", "t", b).consequence(C, 1).build()).getMessage());
        assertEquals("scenario 'R' must have a consequence in at least one category", assertThrows(
                IllegalArgumentException.class, () -> RiskScenario.builder("R", "t", b).likelihood(1).build())
                .getMessage());
        assertEquals("scenario 'R' consequence for confidentiality must be >= 1 but was 0", assertThrows(
                IllegalArgumentException.class, () -> RiskScenario.builder("R", "t", b).likelihood(1)
                        .consequence(C, 0).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskScenario.builder("R", "t", b).likelihood(1)
                .consequence(C, 1).affects(" ").build());
        assertThrows(IllegalArgumentException.class, () -> RiskScenario.builder("R", "t", b).likelihood(1)
                .consequence(C, 1).owner("").build());
        assertThrows(NullPointerException.class, () -> RiskScenario.builder("R", "t", null).likelihood(1)
                .consequence(C, 1).build());
    }

    private static RiskScore score(String method, double value) {
        return RiskScore.builder(method, "1").value(value).level("L" + (int) value, (int) value)
                .explanation("value " + value).build();
    }

    @Test
    void keepsOneScorePerTierAndMethodInTheOrderAdded() {
        RiskScenario s = RiskFixtures.ransomware().withScore(Tier.INHERENT, score("a", 1))
                .withScore(Tier.CURRENT, score("a", 2)).withScore(Tier.INHERENT, score("b", 3));
        assertEquals(List.of(new TierScore(Tier.INHERENT, score("a", 1)), new TierScore(Tier.CURRENT, score("a", 2)),
                new TierScore(Tier.INHERENT, score("b", 3))), s.scores());
        RiskScenario replaced = s.withScore(Tier.INHERENT, score("a", 4));
        assertEquals(score("a", 4), replaced.scores().get(0).score());
        assertEquals(Optional.of(score("a", 4)), replaced.score(Tier.INHERENT, "a"));
        assertEquals(Optional.empty(), replaced.score(Tier.RESIDUAL, "a"));
        assertSame(replaced, replaced.withScore(Tier.INHERENT, score("a", 4)));
        RiskScenario removed = replaced.withoutScore(Tier.INHERENT, "a");
        assertEquals(List.of(Tier.CURRENT, Tier.INHERENT), removed.scores().stream().map(TierScore::tier).toList());
        assertSame(removed, removed.withoutScore(Tier.TARGET, "a"));
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void builderScoresReplaceTheSameTierAndMethod() {
        RiskScenario s = RiskFixtures.ransomware().toBuilder().score(Tier.INHERENT, score("a", 1))
                .scores(List.of(new TierScore(Tier.INHERENT, score("a", 2)), new TierScore(Tier.TARGET,
                        score("a", 3)))).build();
        assertEquals(List.of(new TierScore(Tier.INHERENT, score("a", 2)), new TierScore(Tier.TARGET, score("a", 3))),
                s.scores());
    }

    @Test
    void rejectsTwoScoresOfOneTierByOneMethod() {
        RiskScenario s = RiskFixtures.ransomware();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RiskScenario(s.id(),
                s.title(), s.basis(), s.affectedAssets(), s.likelihood(), s.consequences(), s.existingControls(),
                s.owner(), s.targetLevel(), List.of(new TierScore(Tier.CURRENT, score("fair", 1)),
                        new TierScore(Tier.CURRENT, score("fair", 2)))));
        assertEquals("scenario 'R-1' scores must hold at most one score per tier and method but has two of CURRENT"
                + " by 'fair'", e.getMessage());
    }
}
