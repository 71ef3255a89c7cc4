// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A scenario's risk at one tier: the likelihood and consequence levels (absent for the target tier, which is a
 * level only), the resulting risk level and the reason, so every step from inherent to residual can be audited.
 *
 * @param tier the tier
 * @param likelihood the likelihood level, or empty for {@link Tier#TARGET}
 * @param consequences the consequence level per category; empty for {@link Tier#TARGET}; unmodifiable
 * @param rank the risk level's rank, 0 lowest
 * @param level the risk level's name, not blank
 * @param explanation how this tier follows from the previous one, not blank
 * @since 0.1
 */
public record TierAssessment(Tier tier, OptionalInt likelihood, Map<ConsequenceCategory, Integer> consequences,
        int rank, String level, String explanation) {

    /**
     * Validates and copies the components.
     *
     * @param tier not null
     * @param likelihood at least 1 when present
     * @param consequences not null
     * @param rank not negative
     * @param level not blank
     * @param explanation not blank
     */
    public TierAssessment {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(likelihood, "likelihood");
        consequences = Collections.unmodifiableMap(new TreeMap<>(consequences));
        if (rank < 0) {
            throw new IllegalArgumentException("tier rank must be >= 0 but was " + rank);
        }
        Checks.notBlank(level, "level");
        Checks.text(explanation, "explanation");
    }
}
