// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the built-in scoring strategies over any weighted results on the default scale. */
class ScoringStrategiesProperties {
    private static final MaturityScale SCALE = MaturityScale.defaultScale();

    @Provide
    Arbitrary<List<AssessmentResult>> results() {
        Arbitrary<AssessmentResult> one = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0.1, 10)).as((m, w) -> AssessmentResult
                        .builder(Conformity.PARTIALLY_CONFORMANT).maturity(m).weight(w).build());
        return one.list().ofMinSize(1).ofMaxSize(10);
    }

    @Property
    void weightedScoreDoesNotDependOnTheUnitOfTheWeights(@ForAll("results") List<AssessmentResult> results,
            @ForAll @IntRange(min = -300, max = 307) int exponent) {
        double factor = Math.pow(10, exponent);
        List<AssessmentResult> scaled = new ArrayList<>();
        for (AssessmentResult r : results) {
            scaled.add(AssessmentResult.builder(r.conformity()).maturity(r.maturity().getAsInt())
                    .weight(r.weight() * factor).build());
        }
        double score = ScoringStrategies.weighted().score(results, SCALE).getAsDouble();
        assertEquals(score, ScoringStrategies.weighted().score(scaled, SCALE).getAsDouble(), 1e-9);
    }

    @Property
    void everyScoreLiesBetweenTheWeakestAndTheStrongestMaturity(@ForAll("results") List<AssessmentResult> results) {
        int weakest = results.stream().mapToInt(r -> r.maturity().getAsInt()).min().getAsInt();
        int strongest = results.stream().mapToInt(r -> r.maturity().getAsInt()).max().getAsInt();
        for (ScoringStrategy s : List.of(ScoringStrategies.average(), ScoringStrategies.weighted(),
                ScoringStrategies.minimum())) {
            double score = s.score(results, SCALE).getAsDouble();
            assertTrue(score >= weakest - 1e-12 && score <= strongest + 1e-12, s.id() + " " + score);
        }
        assertEquals(weakest, ScoringStrategies.minimum().score(results, SCALE).getAsDouble());
    }
}
