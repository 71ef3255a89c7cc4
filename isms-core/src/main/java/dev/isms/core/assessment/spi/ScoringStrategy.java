// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment.spi;

import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.MaturityScale;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How a group of assessment results becomes one maturity score, such as the average or the minimum.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} (a module {@code provides
 * dev.isms.core.assessment.spi.ScoringStrategy with ...}, or a {@code META-INF/services} entry) and found by
 * {@link #id()} through {@code ScoringStrategies}, or passed to {@code GapAssessment.rollups(...)} directly. They
 * must be stateless and thread-safe, and have a public no-argument constructor when discovered.
 *
 * <p>Each strategy documents how not-applicable and not-assessed results count. The score must lie on the scale;
 * a roll-up rejects any other value with a {@link dev.isms.core.ProviderException}.
 *
 * @since 0.2
 */
public interface ScoringStrategy {

    /** {@return the strategy's id, unique among strategies, such as {@code "average"}} */
    String id();

    /**
     * Scores a group of results.
     *
     * @param results the group's results, of every conformity, not null; maturities lie on the scale
     * @param scale the assessment's maturity scale, not null
     * @return the score, within {@code scale.min()..scale.max()}; empty when the group has nothing to score
     */
    OptionalDouble score(List<AssessmentResult> results, MaturityScale scale);

    /** {@return the priority deciding which of two strategies with the same id is used; higher wins, default 0} */
    default int priority() {
        return 0;
    }
}
