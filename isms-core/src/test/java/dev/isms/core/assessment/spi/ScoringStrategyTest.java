// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.MaturityScale;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScoringStrategyTest {

    @Test
    void priorityDefaultsToZero() {
        ScoringStrategy s = new ScoringStrategy() {
            @Override
            public String id() {
                return "median";
            }

            @Override
            public OptionalDouble score(List<AssessmentResult> results, MaturityScale scale) {
                return OptionalDouble.empty();
            }
        };
        assertEquals(0, s.priority());
    }
}
