// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment.internal;

import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.MaturityScale;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The built-in {@code average}: the mean maturity of the results that carry one; not-applicable and not-assessed
 * results do not count, and a group with none scores empty.
 */
public final class AverageScoring implements ScoringStrategy {
    /** Creates the strategy (ServiceLoader needs a public no-argument constructor). */
    public AverageScoring() {
    }

    @Override
    public String id() {
        return "average";
    }

    @Override
    public OptionalDouble score(List<AssessmentResult> results, MaturityScale scale) {
        List<AssessmentResult> scored = Maturities.scored(results);
        if (scored.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (AssessmentResult r : scored) {
            sum += r.maturity().getAsInt();
        }
        return OptionalDouble.of(Math.min(scale.max(), Math.max(scale.min(), sum / scored.size())));
    }
}
