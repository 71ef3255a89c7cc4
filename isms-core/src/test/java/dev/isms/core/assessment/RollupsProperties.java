// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Attribute;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.LifecycleFixtures;
import dev.isms.core.assessment.spi.ScoringStrategy;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever the results and the scale, every roll-up of every built-in strategy stays on the scale. */
class RollupsProperties {
    private static final RequirementSet REQUIREMENTS = LifecycleFixtures.requirements();
    private static final Catalog CATALOG = LifecycleFixtures.catalog();

    /** An assessment of generated results on a generated scale. */
    record Case(MaturityScale scale, GapAssessment assessment) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<MaturityScale> scales = Combinators.combine(Arbitraries.integers().between(-50, 50),
                Arbitraries.integers().between(1, 100)).as((min, width) -> MaturityScale.of(min, min + width));
        return scales.flatMap(scale -> results(scale).list().ofSize(13).map(rs -> new Case(scale,
                assess(scale, rs))));
    }

    private static Arbitrary<AssessmentResult> results(MaturityScale scale) {
        Arbitrary<AssessmentResult> assessed = Combinators.combine(Arbitraries.of(Conformity.CONFORMANT,
                Conformity.PARTIALLY_CONFORMANT, Conformity.NOT_CONFORMANT),
                Arbitraries.integers().between(scale.min(), scale.max()),
                Arbitraries.doubles().between(0.01, 1e6)).as((c, m, w) -> AssessmentResult.builder(c).maturity(m)
                        .weight(w).build());
        return Arbitraries.frequencyOf(Tuple.of(6, assessed),
                Tuple.of(1, Arbitraries.just(AssessmentResult.notAssessed())),
                Tuple.of(1, Arbitraries.just(AssessmentResult.notApplicable("generated"))));
    }

    private static GapAssessment assess(MaturityScale scale, List<AssessmentResult> rs) {
        GapAssessmentBuilder b = GapAssessment.builder(REQUIREMENTS, CATALOG, LocalDate.of(2026, 1, 1)).scale(scale);
        int i = 0;
        for (Requirement r : REQUIREMENTS.requirements()) {
            if (REQUIREMENTS.children(r.id().toString()).isEmpty()) {
                AssessmentResult x = rs.get(i++);
                b.clause(r.id().toString(), x.conformity() == Conformity.NOT_APPLICABLE
                        ? AssessmentResult.notAssessed() : x);
            }
        }
        for (Control c : CATALOG.controls()) {
            b.control(c.id().toString(), rs.get(i++));
        }
        return b.build();
    }

    @Property(tries = 200)
    void everyRollupOfEveryBuiltInStaysOnTheScale(@ForAll("cases") Case c) {
        for (ScoringStrategy s : List.of(ScoringStrategies.average(), ScoringStrategies.weighted(),
                ScoringStrategies.minimum())) {
            Rollups r = c.assessment().rollups(s);
            List<Rollup> all = new ArrayList<>(r.byClause());
            all.addAll(r.byTheme());
            for (Attribute a : Attribute.values()) {
                all.addAll(r.byAttribute(a));
            }
            all.add(r.clauses());
            all.add(r.controls());
            for (Rollup x : all) {
                x.score().ifPresent(v -> assertTrue(c.scale().contains(v), s.id() + " " + x.key() + " " + v));
                assertEquals(x.assessed() > 0, x.score().isPresent(), s.id() + " " + x.key());
            }
        }
    }
}
