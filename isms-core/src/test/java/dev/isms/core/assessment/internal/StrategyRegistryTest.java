// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ProviderException;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.MaturityScale;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrategyRegistryTest {

    /** An "average" that claims a higher priority than the built-in. */
    static final class PreferredAverage implements ScoringStrategy {
        private final int priority;

        PreferredAverage(int priority) {
            this.priority = priority;
        }

        @Override
        public String id() {
            return "average";
        }

        @Override
        public OptionalDouble score(List<AssessmentResult> results, MaturityScale scale) {
            return OptionalDouble.empty();
        }

        @Override
        public int priority() {
            return priority;
        }
    }

    @Test
    void theHigherPriorityWinsAnId() {
        PreferredAverage mine = new PreferredAverage(5);
        StrategyRegistry r = StrategyRegistry.of(List.of(new AverageScoring(), mine, new MinimumScoring()));
        assertSame(mine, r.find("average").orElseThrow());
        assertEquals(Set.of("average", "minimum"), r.ids());
    }

    @Test
    void twoProvidersWithOneIdAndPriorityFailNamingBothClasses() {
        ProviderException e = assertThrows(ProviderException.class, () -> StrategyRegistry.of(List.of(
                new AverageScoring(), new PreferredAverage(0))));
        assertEquals("two scoring strategies have id 'average' and priority 0: "
                + AverageScoring.class.getName() + " and " + PreferredAverage.class.getName(), e.getMessage());
    }

    @Test
    void discoversTheBuiltIns() {
        assertEquals(Set.of("average", "minimum", "weighted"), StrategyRegistry.discover().ids());
    }
}
