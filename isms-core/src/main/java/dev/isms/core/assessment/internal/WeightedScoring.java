// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment.internal;

import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.MaturityScale;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The built-in {@code weighted}: the mean maturity weighted by each result's weight, over the results that carry a
 * maturity; not-applicable and not-assessed results do not count, and a group with none scores empty.
 */
public final class WeightedScoring implements ScoringStrategy {
    /** Creates the strategy (ServiceLoader needs a public no-argument constructor). */
    public WeightedScoring() {
    }

    @Override
    public String id() {
        return "weighted";
    }

    @Override
    public OptionalDouble score(List<AssessmentResult> results, MaturityScale scale) {
        List<AssessmentResult> scored = Maturities.scored(results);
        if (scored.isEmpty()) {
            return OptionalDouble.empty();
        }
        // Weights relative to the largest lie in (0, 1], so neither sum overflows however large the weights are
        // (each weight is finite, their sum need not be); the mean is the same.
        double largest = 0;
        for (AssessmentResult r : scored) {
            largest = Math.max(largest, r.weight());
        }
        double sum = 0;
        double weights = 0;
        for (AssessmentResult r : scored) {
            double w = r.weight() / largest;
            sum += w * r.maturity().getAsInt();
            weights += w;
        }
        return OptionalDouble.of(Math.min(scale.max(), Math.max(scale.min(), sum / weights)));
    }
}
