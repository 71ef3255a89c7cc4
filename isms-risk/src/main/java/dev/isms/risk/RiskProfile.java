// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import java.util.List;
import java.util.Objects;

/**
 * A scenario's risk in all four tiers: inherent, current, residual and target. Always
 * {@code residual.rank <= current.rank <= inherent.rank}.
 *
 * @param scenarioId the scenario, not blank
 * @param tiers the four assessments in {@link Tier} order; unmodifiable
 * @since 0.1
 */
public record RiskProfile(String scenarioId, List<TierAssessment> tiers) {

    /**
     * Validates the components.
     *
     * @param scenarioId not blank
     * @param tiers exactly one assessment per tier, in tier order
     * @throws IllegalArgumentException if tiers are missing or out of order
     */
    public RiskProfile {
        Objects.requireNonNull(scenarioId, "scenarioId");
        tiers = List.copyOf(tiers);
        if (tiers.size() != Tier.values().length) {
            throw new IllegalArgumentException("profile of '" + scenarioId + "' must have 4 tiers but has "
                    + tiers.size());
        }
        Tier[] order = Tier.values();
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).tier() != order[i]) {
                throw new IllegalArgumentException("profile of '" + scenarioId + "' tier " + i + " must be "
                        + order[i] + " but was " + tiers.get(i).tier());
            }
        }
    }

    /**
     * Returns one tier.
     *
     * @param tier the tier, not null
     * @return its assessment
     */
    public TierAssessment tier(Tier tier) {
        return tiers.get(tier.ordinal());
    }

    /** {@return the inherent assessment} */
    public TierAssessment inherent() {
        return tier(Tier.INHERENT);
    }

    /** {@return the current assessment} */
    public TierAssessment current() {
        return tier(Tier.CURRENT);
    }

    /** {@return the residual assessment} */
    public TierAssessment residual() {
        return tier(Tier.RESIDUAL);
    }

    /** {@return the target assessment} */
    public TierAssessment target() {
        return tier(Tier.TARGET);
    }

    /** {@return true if the residual risk is at or below the target} */
    public boolean meetsTarget() {
        return residual().rank() <= target().rank();
    }
}
