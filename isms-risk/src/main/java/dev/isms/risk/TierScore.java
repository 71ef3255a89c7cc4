// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import java.util.Objects;

/**
 * A stored score of a scenario at one tier: which state of the risk it assesses (the inherent risk, the current risk
 * with the controls in place, the residual risk after treatment, or the target) and the {@link RiskScore} a method
 * gave it, with everything needed to recompute it.
 *
 * <p>A scenario keeps at most one score per tier and method; the pair identifies the score within its scenario.
 *
 * @param tier the tier the score assesses, not null
 * @param score the score, not null
 * @since 0.2
 */
public record TierScore(Tier tier, RiskScore score) {
    /**
     * Validates the components.
     *
     * @param tier not null
     * @param score not null
     */
    public TierScore {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(score, "score");
    }

    /** {@return true if this is the score of a tier by a method} */
    boolean is(Tier t, String methodId) {
        return tier == t && score.methodId().equals(methodId);
    }
}
