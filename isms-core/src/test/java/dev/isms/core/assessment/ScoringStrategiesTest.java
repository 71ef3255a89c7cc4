// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.UnknownIdException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fixtures for the built-in strategies: what each scores, and how not-applicable and not-assessed count. */
class ScoringStrategiesTest {
    private static final MaturityScale SCALE = MaturityScale.defaultScale();

    /** Maturity 5 weight 2, 2 weight 1, 1 weight 1, plus a not-assessed and a not-applicable result. */
    static List<AssessmentResult> fixture() {
        return List.of(AssessmentResult.builder(Conformity.CONFORMANT).maturity(5).weight(2).build(),
                AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 2),
                AssessmentResult.of(Conformity.NOT_CONFORMANT, 1),
                AssessmentResult.notAssessed(), AssessmentResult.notApplicable("excluded"));
    }

    @Test
    void averageIsTheMeanOfTheAssessedMaturities() {
        assertEquals(8.0 / 3, ScoringStrategies.average().score(fixture(), SCALE).getAsDouble(), 1e-12);
    }

    @Test
    void weightedUsesEachResultsWeight() {
        assertEquals(13.0 / 4, ScoringStrategies.weighted().score(fixture(), SCALE).getAsDouble(), 1e-12);
    }

    @Test
    void minimumIsTheWeakestAssessedMaturity() {
        assertEquals(OptionalDouble.of(1), ScoringStrategies.minimum().score(fixture(), SCALE));
    }

    @Test
    void notAssessedAndNotApplicableNeverCountAndAGroupOfThemScoresEmpty() {
        List<AssessmentResult> none = List.of(AssessmentResult.notAssessed(), AssessmentResult.notApplicable("x"),
                AssessmentResult.builder(Conformity.CONFORMANT).build());
        assertEquals(OptionalDouble.empty(), ScoringStrategies.average().score(none, SCALE));
        assertEquals(OptionalDouble.empty(), ScoringStrategies.weighted().score(none, SCALE));
        assertEquals(OptionalDouble.empty(), ScoringStrategies.minimum().score(List.of(), SCALE));
    }

    @Test
    void weightedStaysTheWeightedMeanWhenTheWeightsOverflowADouble() {
        List<AssessmentResult> huge = List.of(weighted(5, Double.MAX_VALUE), weighted(3, Double.MAX_VALUE));
        assertEquals(OptionalDouble.of(4), ScoringStrategies.weighted().score(huge, SCALE));
        // regression: the sums overflowed and the score fell back to the plain mean, 10 / 3
        List<AssessmentResult> unequal = List.of(weighted(5, Double.MAX_VALUE), weighted(5, Double.MAX_VALUE),
                weighted(0, 1));
        assertEquals(5.0, ScoringStrategies.weighted().score(unequal, SCALE).getAsDouble(), 1e-12);
        // a weight that dwarfs the others decides, even when only the weights' sum would overflow
        List<AssessmentResult> dominant = List.of(weighted(0, Double.MAX_VALUE), weighted(0, Double.MAX_VALUE),
                weighted(5, 1));
        assertEquals(0.0, ScoringStrategies.weighted().score(dominant, SCALE).getAsDouble(), 1e-12);
    }

    private static AssessmentResult weighted(int maturity, double weight) {
        return AssessmentResult.builder(Conformity.CONFORMANT).maturity(maturity).weight(weight).build();
    }

    @Test
    void serviceLoaderFindsTheBuiltInsById() {
        assertEquals(Set.of("average", "minimum", "weighted"), ScoringStrategies.ids());
        assertEquals("minimum", ScoringStrategies.require("minimum").id());
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> ScoringStrategies.require("median"));
        assertEquals("unknown scoring strategy id 'median' in the scoring strategies found [average, minimum,"
                + " weighted]", e.getMessage());
        assertEquals(0, ScoringStrategies.average().priority());
    }
}
