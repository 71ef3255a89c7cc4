// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.ControlRef;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A risk scenario (ISO/IEC 27005:2022 clause 7.2): how it was identified, the assets it affects, its inherent
 * likelihood and consequence per category (levels of the organisation's {@code RiskCriteria} scales, before any
 * control), the controls already in place with their effectiveness, an owner and an optional target level.
 *
 * <pre>{@code
 * RiskScenario s = RiskScenario.builder("R-1", "Ransomware encrypts the customer database",
 *                 ScenarioBasis.assetBased("A-1", "T-ransomware", "V-unpatched"))
 *         .likelihood(4).consequence(ConsequenceCategory.AVAILABILITY, 5).owner("CIO")
 *         .existing(ControlEffect.consequence(ControlRef.of("iso27002:2022", "8.13"), 0.6)).build();
 * }</pre>
 *
 * @param id the scenario's id, unique in a register; not blank
 * @param title a one-line description, not blank
 * @param basis how the scenario was identified
 * @param affectedAssets ids of the affected assets (for an asset-based scenario, including its asset); unmodifiable
 * @param likelihood the inherent likelihood level, at least 1
 * @param consequences the inherent consequence level per category, at least one; sorted, unmodifiable
 * @param existingControls controls in place and their effect; unmodifiable
 * @param owner the risk owner, or empty
 * @param targetLevel the risk level the owner aims for (a risk level name of the criteria), or empty to use the
 *        acceptance criteria
 * @since 0.1
 */
public record RiskScenario(String id, String title, ScenarioBasis basis, List<String> affectedAssets, int likelihood,
        Map<ConsequenceCategory, Integer> consequences, List<ControlEffect> existingControls, Optional<String> owner,
        Optional<String> targetLevel) {

    /**
     * Validates and copies the components.
     *
     * @param id not blank
     * @param title not blank
     * @param basis not null
     * @param affectedAssets no blank ids; an asset-based basis's asset is added when missing
     * @param likelihood at least 1 (the upper bound is the criteria's, checked by the register)
     * @param consequences at least one category, each level at least 1
     * @param existingControls not null
     * @param owner not blank when present
     * @param targetLevel not blank when present
     * @throws IllegalArgumentException naming the scenario and the broken rule
     */
    public RiskScenario {
        Checks.notBlank(id, "scenario id");
        Checks.notBlank(title, "scenario title");
        Objects.requireNonNull(basis, "basis");
        List<String> assets = new ArrayList<>();
        if (basis instanceof ScenarioBasis.AssetBased) {
            assets.add(((ScenarioBasis.AssetBased) basis).assetId());
        }
        for (String a : affectedAssets) {
            Checks.notBlank(a, "affected asset id");
            if (!assets.contains(a)) {
                assets.add(a);
            }
        }
        affectedAssets = Collections.unmodifiableList(assets);
        if (likelihood < 1) {
            throw new IllegalArgumentException("scenario '" + id + "' likelihood must be >= 1 but was " + likelihood);
        }
        TreeMap<ConsequenceCategory, Integer> c = new TreeMap<>();
        for (Map.Entry<ConsequenceCategory, Integer> e : consequences.entrySet()) {
            int v = Objects.requireNonNull(e.getValue(), "consequence");
            if (v < 1) {
                throw new IllegalArgumentException("scenario '" + id + "' consequence for " + e.getKey()
                        + " must be >= 1 but was " + v);
            }
            c.put(Objects.requireNonNull(e.getKey(), "category"), v);
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("scenario '" + id + "' must have a consequence in at least one"
                    + " category");
        }
        consequences = Collections.unmodifiableMap(c);
        existingControls = List.copyOf(existingControls);
        Checks.optional(owner, "scenario owner");
        Checks.optional(targetLevel, "scenario targetLevel");
    }

    /**
     * Starts a scenario.
     *
     * @param id not blank
     * @param title not blank
     * @param basis how it was identified, not null
     * @return a builder
     */
    public static Builder builder(String id, String title, ScenarioBasis basis) {
        return new Builder(id, title, basis);
    }

    /** {@return a builder holding this scenario, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(id, title, basis).likelihood(likelihood);
        b.assets.addAll(affectedAssets);
        b.consequences.putAll(consequences);
        b.existing.addAll(existingControls);
        b.owner = owner.orElse(null);
        b.target = targetLevel.orElse(null);
        return b;
    }

    /** Collects a {@link RiskScenario}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final ScenarioBasis basis;
        private final List<String> assets = new ArrayList<>();
        private int likelihood;
        private final Map<ConsequenceCategory, Integer> consequences = new TreeMap<>();
        private final List<ControlEffect> existing = new ArrayList<>();
        private String owner;
        private String target;

        private Builder(String id, String title, ScenarioBasis basis) {
            this.id = id;
            this.title = title;
            this.basis = basis;
        }

        /**
         * Adds affected assets.
         *
         * @param assetIds asset ids, not blank
         * @return this builder
         */
        public Builder affects(String... assetIds) {
            assets.addAll(List.of(assetIds));
            return this;
        }

        /**
         * Sets the inherent likelihood level.
         *
         * @param level at least 1
         * @return this builder
         */
        public Builder likelihood(int level) {
            this.likelihood = level;
            return this;
        }

        /**
         * Sets the inherent consequence level in one category.
         *
         * @param category the category, not null
         * @param level at least 1
         * @return this builder
         */
        public Builder consequence(ConsequenceCategory category, int level) {
            consequences.put(Objects.requireNonNull(category, "category"), level);
            return this;
        }

        /**
         * Adds controls already in place.
         *
         * @param effects their effects, not null
         * @return this builder
         */
        public Builder existing(ControlEffect... effects) {
            existing.addAll(List.of(effects));
            return this;
        }

        /**
         * Sets the risk owner.
         *
         * @param value not blank
         * @return this builder
         */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /**
         * Sets the target risk level.
         *
         * @param levelName a risk level name of the criteria, not blank
         * @return this builder
         */
        public Builder target(String levelName) {
            this.target = levelName;
            return this;
        }

        /**
         * {@return the scenario}
         *
         * @throws IllegalArgumentException if a part is invalid
         */
        public RiskScenario build() {
            return new RiskScenario(id, title, basis, assets, likelihood, consequences, existing,
                    Optional.ofNullable(owner), Optional.ofNullable(target));
        }
    }
}
