// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.risk.Tier;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a risk register: scenarios added, removed and redefined, and every
 * change of risk level per tier.
 *
 * @param fromVersion the older version
 * @param toVersion the newer version
 * @param added ids of scenarios only in the newer version; unmodifiable
 * @param removed ids of scenarios only in the older version; unmodifiable
 * @param modified ids of scenarios in both whose definition, treatments or acceptance changed; unmodifiable
 * @param levelChanges risk level changes of scenarios in both, tier by tier; unmodifiable
 * @since 0.1
 */
public record RegisterDiff(int fromVersion, int toVersion, List<String> added, List<String> removed,
        List<String> modified, List<LevelChange> levelChanges) {

    /**
     * Copies the lists.
     *
     * @param fromVersion the older version
     * @param toVersion the newer version
     * @param added not null
     * @param removed not null
     * @param modified not null
     * @param levelChanges not null
     */
    public RegisterDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        modified = List.copyOf(modified);
        levelChanges = List.copyOf(levelChanges);
    }

    /** {@return true if nothing changed} */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && modified.isEmpty() && levelChanges.isEmpty();
    }

    /**
     * A change of one scenario's risk level at one tier.
     *
     * @param scenarioId the scenario
     * @param tier the tier
     * @param from the older level's name
     * @param to the newer level's name
     */
    public record LevelChange(String scenarioId, Tier tier, String from, String to) {
        /**
         * Validates the components.
         *
         * @param scenarioId not null
         * @param tier not null
         * @param from not null
         * @param to not null
         */
        public LevelChange {
            Objects.requireNonNull(scenarioId, "scenarioId");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
