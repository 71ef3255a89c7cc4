// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment.internal;

import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.MaturityScale;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The built-in {@code minimum}: the lowest maturity of the results that carry one (the weakest link);
 * not-applicable and not-assessed results do not count, and a group with none scores empty.
 */
public final class MinimumScoring implements ScoringStrategy {
    /** Creates the strategy (ServiceLoader needs a public no-argument constructor). */
    public MinimumScoring() {
    }

    @Override
    public String id() {
        return "minimum";
    }

    @Override
    public OptionalDouble score(List<AssessmentResult> results, MaturityScale scale) {
        int min = Integer.MAX_VALUE;
        for (AssessmentResult r : Maturities.scored(results)) {
            min = Math.min(min, r.maturity().getAsInt());
        }
        return min == Integer.MAX_VALUE ? OptionalDouble.empty() : OptionalDouble.of(min);
    }
}
