// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Attribute;
import dev.isms.core.CybersecurityConcept;
import dev.isms.core.LifecycleFixtures;
import dev.isms.core.ProviderException;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RollupsTest {

    private static Rollups average() {
        return GapAssessmentTest.assessment().rollups(ScoringStrategies.average());
    }

    @Test
    void rollsUpByTopLevelClause() {
        List<Rollup> r = average().byClause();
        assertEquals(List.of("4", "6", "9"), r.stream().map(Rollup::key).toList());
        assertEquals(OptionalDouble.of(4), r.get(0).score());
        assertEquals(OptionalDouble.of(2), r.get(1).score());
        assertEquals(1, r.get(1).count(Conformity.NOT_ASSESSED));
        assertEquals("Performance evaluation", r.get(2).label());
        assertEquals(5, average().clauses().items());
    }

    @Test
    void rollsUpByThemeOverTheCataloguesControls() {
        List<Rollup> r = average().byTheme();
        assertEquals(List.of("organizational", "people", "physical", "technological"), r.stream().map(Rollup::key)
                .toList());
        assertEquals(OptionalDouble.of(2.5), r.get(0).score());
        assertEquals(OptionalDouble.empty(), r.get(2).score());
        assertEquals(1, r.get(2).count(Conformity.NOT_APPLICABLE));
        assertEquals(8, average().controls().items());
    }

    @Test
    void rollsUpByEachValueOfAnAttributeCountingAControlInEachOfItsValues() {
        List<Rollup> r = average().byAttribute(Attribute.CYBERSECURITY_CONCEPT);
        assertEquals(List.of("#Identify", "#Protect", "#Detect", "#Respond", "#Recover"), r.stream().map(Rollup::key)
                .toList());
        assertEquals(4, r.get(0).items());
        assertEquals(OptionalDouble.of(2.5), r.get(0).score());
        assertEquals(OptionalDouble.of(3), r.get(1).score());
        assertEquals(0, r.get(4).items());
        assertEquals(OptionalDouble.empty(), r.get(4).score());
        assertEquals(Attribute.values().length, average().byAttributes().size());
        assertEquals(CybersecurityConcept.values().length, average().byAttributes()
                .get(Attribute.CYBERSECURITY_CONCEPT).size());
        assertEquals("average", average().strategy());
    }

    @Test
    void aCatalogueWithoutThemesHasNoThemeRollups() {
        GapAssessment g = GapAssessment.builder(LifecycleFixtures.requirements(), LifecycleFixtures.catalog2013(),
                GapAssessmentTest.D).build();
        assertTrue(g.rollups(ScoringStrategies.minimum()).byTheme().isEmpty());
    }

    @Test
    void rejectsAStrategyThatScoresOffTheScaleOrFails() {
        ScoringStrategy wild = new ScoringStrategy() {
            @Override
            public String id() {
                return "wild";
            }

            @Override
            public OptionalDouble score(List<AssessmentResult> results, MaturityScale scale) {
                return OptionalDouble.of(scale.max() + 1);
            }
        };
        ProviderException e = assertThrows(ProviderException.class, () -> GapAssessmentTest.assessment()
                .rollups(wild).clauses());
        assertEquals("scoring strategy 'wild' must score group 'clauses' within the scale 0..5 but scored 6.0",
                e.getMessage());
        ScoringStrategy broken = new ScoringStrategy() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public OptionalDouble score(List<AssessmentResult> results, MaturityScale scale) {
                throw new ArithmeticException("boom");
            }
        };
        ProviderException b = assertThrows(ProviderException.class, () -> GapAssessmentTest.assessment()
                .rollups(broken).byTheme());
        assertTrue(b.getCause() instanceof ArithmeticException);
    }
}
