// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.RiskFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskCriteriaTest {
    private final RiskCriteria c = RiskFixtures.criteria();

    @Test
    void identifiesItselfForScores() {
        assertEquals("acme@2", c.reference());
        assertEquals("RiskCriteria[acme@2, 5x5, [Low, Medium, High, Critical]]", c.toString());
        assertEquals(c, RiskFixtures.criteria());
        assertEquals(c.hashCode(), RiskFixtures.criteria().hashCode());
    }

    @Test
    void categoriesMayHaveTheirOwnScaleAndMatrix() {
        assertEquals(3, c.consequence(RiskFixtures.LEGAL).size());
        assertEquals(5, c.consequence(ConsequenceCategory.INTEGRITY).size());
        assertEquals("Critical", c.riskLevels().get(c.level(5, RiskFixtures.LEGAL, 2)));
        assertEquals("Medium", c.riskLevels().get(c.level(5, ConsequenceCategory.INTEGRITY, 1)));
    }

    @Test
    void acceptanceTakesTheStrictestApplicableLevel() {
        assertEquals(1, c.maxAcceptable(ConsequenceCategory.AVAILABILITY));
        assertEquals(0, c.maxAcceptable(RiskFixtures.LEGAL));
        RiskCriteria strict = RiskCriteria.builder("x", 1).likelihood(c.likelihood())
                .consequence(c.consequence(), c.matrix())
                .acceptance(AcceptanceCriteria.upTo("High").with(AssetType.INFORMATION, "Low")).build();
        assertEquals(0, strict.maxAcceptable(ConsequenceCategory.AVAILABILITY, AssetType.INFORMATION));
        assertEquals(2, strict.maxAcceptable(ConsequenceCategory.AVAILABILITY, AssetType.SOFTWARE));
    }

    @Test
    void defaultsToAcceptingOnlyTheLowestLevel() {
        RiskCriteria d = RiskCriteria.builder("x", 1).likelihood(c.likelihood()).consequence(c.consequence(),
                c.matrix()).build();
        assertEquals("Low", d.acceptance().defaultLevel());
        assertNotEquals(c, d);
    }

    @Test
    void rejectsPartsThatDoNotFit() {
        RiskCriteria.Builder missing = RiskCriteria.builder("x", 1).likelihood(c.likelihood());
        assertEquals("criteria 'x' must have a consequence scale",
                assertThrows(IllegalArgumentException.class, missing::build).getMessage());
        RiskCriteria.Builder wrongSize = RiskCriteria.builder("x", 1).likelihood(Scale.of("likelihood", "A", "B"))
                .consequence(c.consequence(), c.matrix());
        assertEquals("criteria 'x' default risk matrix must be 2 x 5 (likelihood x consequence levels) but is 5 x 5",
                assertThrows(IllegalArgumentException.class, wrongSize::build).getMessage());
        RiskCriteria.Builder otherLevels = RiskCriteria.builder("x", 1).likelihood(c.likelihood())
                .consequence(c.consequence(), c.matrix()).consequence(RiskFixtures.LEGAL, Scale.of("l", "A"),
                        RiskMatrix.of(List.of("Lo", "Hi"), new int[][] {{0}, {0}, {0}, {1}, {1}}));
        assertThrows(IllegalArgumentException.class, otherLevels::build);
        RiskCriteria.Builder badAcceptance = RiskCriteria.builder("x", 1).likelihood(c.likelihood())
                .consequence(c.consequence(), c.matrix()).acceptance(AcceptanceCriteria.upTo("Extreme"));
        assertEquals("criteria 'x' acceptance default must be one of [Low, Medium, High, Critical] but was 'Extreme'",
                assertThrows(IllegalArgumentException.class, badAcceptance::build).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskCriteria.builder("x", 0).build());
        assertThrows(IllegalArgumentException.class, () -> RiskCriteria.builder(" ", 1).build());
    }
}
