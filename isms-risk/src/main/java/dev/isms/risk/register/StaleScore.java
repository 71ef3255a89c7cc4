// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.internal.Checks;
import dev.isms.risk.ScoreMismatch;
import dev.isms.risk.Tier;
import java.util.Objects;

/**
 * A stored score of a register's scenario that recomputing no longer reproduces, as
 * {@link RiskRegister#verify(dev.isms.risk.RiskEngine)} reports it.
 *
 * @param scenarioId the scenario holding the score, not blank
 * @param tier the tier the score assesses, not null
 * @param mismatch why it no longer matches, with the stored and any recomputed score; not null
 * @since 0.2
 */
public record StaleScore(String scenarioId, Tier tier, ScoreMismatch mismatch) {
    /**
     * Validates the components.
     *
     * @param scenarioId not blank
     * @param tier not null
     * @param mismatch not null
     */
    public StaleScore {
        Checks.notBlank(scenarioId, "scenarioId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(mismatch, "mismatch");
    }

    /** {@return the reason, such as {@link ScoreMismatch.Reason#METHOD_VERSION_CHANGED}} */
    public ScoreMismatch.Reason reason() {
        return mismatch.reason();
    }

    /** {@return the method whose score is stale, such as {@code "fair"}} */
    public String methodId() {
        return mismatch.stored().methodId();
    }

    /** {@return {@code scenario/tier/method: reason (detail)}, such as {@code R-1/CURRENT/fair: VALUE_DIFFERS (...)}} */
    @Override
    public String toString() {
        return scenarioId + "/" + tier + "/" + methodId() + ": " + reason() + " (" + mismatch.detail() + ")";
    }
}
