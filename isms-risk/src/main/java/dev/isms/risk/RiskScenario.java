// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.ControlRef;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A risk scenario (ISO/IEC 27005:2022 clause 7.2): how it was identified, the assets it affects, its inherent
 * likelihood and consequence per category (levels of the organisation's {@code RiskCriteria} scales, before any
 * control), the controls already in place with their effectiveness, an owner, an optional target level, and the
 * scores methods gave it (at most one per tier and method; {@link RiskEngine} recomputes them for audit).
 *
 * <pre>{@code
 * RiskScenario s = RiskScenario.builder("R-1", "Ransomware encrypts the customer database",
 *                 ScenarioBasis.assetBased("A-1", "T-ransomware", "V-unpatched"))
 *         .likelihood(4).consequence(ConsequenceCategory.AVAILABILITY, 5).owner("CIO")
 *         .existing(ControlEffect.consequence(ControlRef.of("iso27002:2022", "8.13"), 0.6)).build();
 * RiskScenario scored = s.withScore(Tier.INHERENT, engine.score(MatrixRequest.from(criteria, s)));
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
 * @param scores the scores methods gave the scenario, at most one per tier and method, in the order added;
 *        unmodifiable
 * @since 0.1
 */
public record RiskScenario(String id, String title, ScenarioBasis basis, List<String> affectedAssets, int likelihood,
        Map<ConsequenceCategory, Integer> consequences, List<ControlEffect> existingControls, Optional<String> owner,
        Optional<String> targetLevel, List<TierScore> scores) {

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
     * @param scores at most one per tier and method
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
            throw new IllegalArgumentException("scenario " + Checks.quote(id) + " likelihood must be >= 1 but was "
                    + likelihood);
        }
        TreeMap<ConsequenceCategory, Integer> c = new TreeMap<>();
        for (Map.Entry<ConsequenceCategory, Integer> e : consequences.entrySet()) {
            int v = Objects.requireNonNull(e.getValue(), "consequence");
            if (v < 1) {
                throw new IllegalArgumentException("scenario " + Checks.quote(id) + " consequence for " + e.getKey()
                        + " must be >= 1 but was " + v);
            }
            c.put(Objects.requireNonNull(e.getKey(), "category"), v);
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("scenario " + Checks.quote(id) + " must have a consequence in at"
                    + " least one category");
        }
        consequences = Collections.unmodifiableMap(c);
        existingControls = List.copyOf(existingControls);
        Checks.optional(owner, "scenario owner");
        Checks.optional(targetLevel, "scenario targetLevel");
        scores = List.copyOf(scores);
        for (int i = 0; i < scores.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (scores.get(j).is(scores.get(i).tier(), scores.get(i).score().methodId())) {
                    throw new IllegalArgumentException("scenario " + Checks.quote(id) + " scores must hold at most"
                            + " one score per tier and method but has two of " + scores.get(i).tier() + " by "
                            + Checks.quote(scores.get(i).score().methodId()));
                }
            }
        }
    }

    /**
     * Finds the score a method gave one tier.
     *
     * @param tier the tier, not null
     * @param methodId the method, such as {@code "fair"}; not null
     * @return the score, or empty
     */
    public Optional<RiskScore> score(Tier tier, String methodId) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(methodId, "methodId");
        for (TierScore s : scores) {
            if (s.is(tier, methodId)) {
                return Optional.of(s.score());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a copy holding a score of one tier, replacing the score the same method gave that tier.
     *
     * @param tier the tier the score assesses, not null
     * @param score the score, not null
     * @return the scenario; {@code this} if it already holds exactly this score
     */
    public RiskScenario withScore(Tier tier, RiskScore score) {
        TierScore added = new TierScore(tier, score);
        List<TierScore> next = new ArrayList<>(scores.size() + 1);
        boolean replaced = false;
        for (TierScore s : scores) {
            if (s.is(tier, score.methodId())) {
                if (s.equals(added)) {
                    return this;
                }
                next.add(added);
                replaced = true;
            } else {
                next.add(s);
            }
        }
        if (!replaced) {
            next.add(added);
        }
        return withScores(next);
    }

    /**
     * Returns a copy without the score a method gave one tier.
     *
     * @param tier the tier, not null
     * @param methodId the method, not null
     * @return the scenario; {@code this} if it holds no such score
     */
    public RiskScenario withoutScore(Tier tier, String methodId) {
        if (score(tier, methodId).isEmpty()) {
            return this;
        }
        List<TierScore> next = new ArrayList<>(scores);
        next.removeIf(s -> s.is(tier, methodId));
        return withScores(next);
    }

    private RiskScenario withScores(List<TierScore> next) {
        return new RiskScenario(id, title, basis, affectedAssets, likelihood, consequences, existingControls, owner,
                targetLevel, next);
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
        b.scores.addAll(scores);
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
        private final List<TierScore> scores = new ArrayList<>();

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
            return affects(List.of(assetIds));
        }

        /**
         * Adds affected assets.
         *
         * @param assetIds asset ids, not blank
         * @return this builder
         */
        public Builder affects(Collection<String> assetIds) {
            assets.addAll(List.copyOf(assetIds));
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
            return existing(List.of(effects));
        }

        /**
         * Adds controls already in place.
         *
         * @param effects their effects, not null
         * @return this builder
         */
        public Builder existing(Collection<ControlEffect> effects) {
            existing.addAll(List.copyOf(effects));
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
         * Adds the score a method gave one tier, replacing an earlier score of that tier by that method.
         *
         * @param tier the tier the score assesses, not null
         * @param score the score, not null
         * @return this builder
         */
        public Builder score(Tier tier, RiskScore score) {
            TierScore added = new TierScore(tier, score);
            scores.removeIf(s -> s.is(tier, score.methodId()));
            scores.add(added);
            return this;
        }

        /**
         * Adds scores, each replacing an earlier score of its tier by its method.
         *
         * @param values the scores, not null
         * @return this builder
         */
        public Builder scores(Collection<TierScore> values) {
            for (TierScore s : List.copyOf(values)) {
                score(s.tier(), s.score());
            }
            return this;
        }

        /**
         * {@return the scenario}
         *
         * @throws IllegalArgumentException if a part is invalid
         */
        public RiskScenario build() {
            return new RiskScenario(id, title, basis, assets, likelihood, consequences, existing,
                    Optional.ofNullable(owner), Optional.ofNullable(target), scores);
        }
    }
}
