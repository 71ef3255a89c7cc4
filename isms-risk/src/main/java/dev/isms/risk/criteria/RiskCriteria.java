// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An organisation's risk criteria as data (ISO/IEC 27005:2022 clause 6.3; ISO/IEC 27001:2022 clause 6.1.2 a):
 * the likelihood scale, the consequence scale (one per category where wanted), the risk matrices that combine
 * them into risk levels, and the acceptance criteria. Identified by id and version, so every score can say
 * which criteria produced it.
 *
 * <pre>{@code
 * RiskCriteria c = RiskCriteria.builder("acme", 1)
 *         .likelihood(Scale.of("likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain"))
 *         .consequence(Scale.of("consequence", "Minor", "Moderate", "Major", "Severe", "Critical"), matrix)
 *         .acceptance(AcceptanceCriteria.upTo("Medium")).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RiskCriteria {
    private final String id;
    private final int version;
    private final Scale likelihood;
    private final Scale consequence;
    private final RiskMatrix matrix;
    private final Map<ConsequenceCategory, Scale> scales;
    private final Map<ConsequenceCategory, RiskMatrix> matrices;
    private final AcceptanceCriteria acceptance;

    private RiskCriteria(Builder b) {
        this.id = Objects.requireNonNull(b.id, "criteria id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("criteria id must not be blank");
        }
        if (b.version < 1) {
            throw new IllegalArgumentException("criteria version must be >= 1 but was " + b.version);
        }
        this.version = b.version;
        this.likelihood = require(b.likelihood, "likelihood scale");
        this.consequence = require(b.consequence, "consequence scale");
        this.matrix = require(b.matrix, "risk matrix");
        this.scales = Collections.unmodifiableMap(new TreeMap<>(b.scales));
        this.matrices = Collections.unmodifiableMap(new TreeMap<>(b.matrices));
        this.acceptance = b.acceptance == null ? AcceptanceCriteria.upTo(matrix.levelName(0)) : b.acceptance;
        checkFits(consequence, matrix, "default");
        for (Map.Entry<ConsequenceCategory, Scale> e : scales.entrySet()) {
            checkFits(e.getValue(), matrices.get(e.getKey()), e.getKey().id());
        }
        checkLevel(acceptance.defaultLevel(), "acceptance default");
        acceptance.perCategory().forEach((k, v) -> checkLevel(v, "acceptance for " + k));
        acceptance.perAssetType().forEach((k, v) -> checkLevel(v, "acceptance for " + k.key()));
    }

    private <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("criteria '" + id + "' must have a " + field);
        }
        return value;
    }

    private void checkFits(Scale scale, RiskMatrix m, String which) {
        if (m.likelihoods() != likelihood.size() || m.consequences() != scale.size()) {
            throw new IllegalArgumentException("criteria '" + id + "' " + which + " risk matrix must be "
                    + likelihood.size() + " x " + scale.size() + " (likelihood x consequence levels) but is "
                    + m.likelihoods() + " x " + m.consequences());
        }
        if (!m.levels().equals(matrix.levels())) {
            throw new IllegalArgumentException("criteria '" + id + "' " + which + " risk matrix must use the risk"
                    + " levels " + matrix.levels() + " but uses " + m.levels());
        }
    }

    private void checkLevel(String name, String field) {
        if (!matrix.levels().contains(name)) {
            throw new IllegalArgumentException("criteria '" + id + "' " + field + " must be one of "
                    + matrix.levels() + " but was '" + name + "'");
        }
    }

    /**
     * Starts criteria.
     *
     * @param id the criteria id, not blank
     * @param version the version, at least 1; raise it whenever the content changes
     * @return a builder
     */
    public static Builder builder(String id, int version) {
        return new Builder(id, version);
    }

    /** {@return the id} */
    public String id() {
        return id;
    }

    /** {@return the version} */
    public int version() {
        return version;
    }

    /** {@return {@code "id@version"}, as recorded in scores} */
    public String reference() {
        return id + "@" + version;
    }

    /** {@return the likelihood scale} */
    public Scale likelihood() {
        return likelihood;
    }

    /**
     * Returns the consequence scale of a category: its own if it has one, else the default.
     *
     * @param category the category, not null
     * @return the scale
     */
    public Scale consequence(ConsequenceCategory category) {
        return scales.getOrDefault(Objects.requireNonNull(category, "category"), consequence);
    }

    /** {@return the default consequence scale} */
    public Scale consequence() {
        return consequence;
    }

    /** {@return the categories with a scale of their own} */
    public Map<ConsequenceCategory, Scale> categoryScales() {
        return scales;
    }

    /**
     * Returns the risk matrix of a category: its own if it has one, else the default.
     *
     * @param category the category, not null
     * @return the matrix
     */
    public RiskMatrix matrix(ConsequenceCategory category) {
        return matrices.getOrDefault(Objects.requireNonNull(category, "category"), matrix);
    }

    /** {@return the default risk matrix} */
    public RiskMatrix matrix() {
        return matrix;
    }

    /** {@return the risk level names, lowest first, shared by all matrices} */
    public List<String> riskLevels() {
        return matrix.levels();
    }

    /** {@return the acceptance criteria} */
    public AcceptanceCriteria acceptance() {
        return acceptance;
    }

    /**
     * Looks up the risk level of a likelihood and a consequence in one category.
     *
     * @param likelihoodLevel 1..likelihood levels
     * @param category the category, not null
     * @param consequenceLevel 1..that category's consequence levels
     * @return the risk level's rank, 0 lowest
     * @throws IllegalArgumentException if a level is out of range, naming it
     */
    public int level(int likelihoodLevel, ConsequenceCategory category, int consequenceLevel) {
        return matrix(category).level(likelihoodLevel, consequenceLevel);
    }

    /**
     * Returns the highest acceptable risk rank for a category.
     *
     * @param category the category, not null
     * @return the rank of the category's acceptance level (else the default), 0 lowest
     */
    public int maxAcceptable(ConsequenceCategory category) {
        Objects.requireNonNull(category, "category");
        return riskLevels().indexOf(acceptance.perCategory().getOrDefault(category, acceptance.defaultLevel()));
    }

    /**
     * Returns the highest acceptable risk rank for a category and an asset type; where both have a level the
     * stricter applies.
     *
     * @param category the category, not null
     * @param type the asset type, not null
     * @return the rank, 0 lowest
     */
    public int maxAcceptable(ConsequenceCategory category, AssetType type) {
        int rank = maxAcceptable(category);
        String level = acceptance.perAssetType().get(Objects.requireNonNull(type, "type"));
        return level == null ? rank : Math.min(rank, riskLevels().indexOf(level));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RiskCriteria)) {
            return false;
        }
        RiskCriteria c = (RiskCriteria) o;
        return id.equals(c.id) && version == c.version && likelihood.equals(c.likelihood)
                && consequence.equals(c.consequence) && matrix.equals(c.matrix) && scales.equals(c.scales)
                && matrices.equals(c.matrices) && acceptance.equals(c.acceptance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, likelihood, consequence, matrix, scales, matrices, acceptance);
    }

    /** {@return the reference and the levels} */
    @Override
    public String toString() {
        return "RiskCriteria[" + reference() + ", " + likelihood.size() + "x" + consequence.size() + ", "
                + riskLevels() + "]";
    }

    /** Collects the parts of {@link RiskCriteria}; {@link #build()} validates them together. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final int version;
        private Scale likelihood;
        private Scale consequence;
        private RiskMatrix matrix;
        private final Map<ConsequenceCategory, Scale> scales = new TreeMap<>();
        private final Map<ConsequenceCategory, RiskMatrix> matrices = new TreeMap<>();
        private AcceptanceCriteria acceptance;

        private Builder(String id, int version) {
            this.id = id;
            this.version = version;
        }

        /**
         * Sets the likelihood scale.
         *
         * @param scale the scale, not null
         * @return this builder
         */
        public Builder likelihood(Scale scale) {
            this.likelihood = Objects.requireNonNull(scale, "scale");
            return this;
        }

        /**
         * Sets the default consequence scale and its risk matrix.
         *
         * @param scale the scale, not null
         * @param riskMatrix likelihood levels × this scale's levels, not null
         * @return this builder
         */
        public Builder consequence(Scale scale, RiskMatrix riskMatrix) {
            this.consequence = Objects.requireNonNull(scale, "scale");
            this.matrix = Objects.requireNonNull(riskMatrix, "riskMatrix");
            return this;
        }

        /**
         * Gives one category a consequence scale and risk matrix of its own.
         *
         * @param category the category, not null
         * @param scale the scale, not null
         * @param riskMatrix likelihood levels × this scale's levels, same risk levels as the default; not null
         * @return this builder
         */
        public Builder consequence(ConsequenceCategory category, Scale scale, RiskMatrix riskMatrix) {
            scales.put(Objects.requireNonNull(category, "category"), Objects.requireNonNull(scale, "scale"));
            matrices.put(category, Objects.requireNonNull(riskMatrix, "riskMatrix"));
            return this;
        }

        /**
         * Sets the acceptance criteria; by default only the lowest risk level is acceptable.
         *
         * @param criteria the acceptance criteria, not null
         * @return this builder
         */
        public Builder acceptance(AcceptanceCriteria criteria) {
            this.acceptance = Objects.requireNonNull(criteria, "criteria");
            return this;
        }

        /**
         * {@return the criteria}
         *
         * @throws IllegalArgumentException if a part is missing or the parts do not fit together (matrix sizes,
         *         risk level names, acceptance levels), naming the part
         */
        public RiskCriteria build() {
            return new RiskCriteria(this);
        }
    }
}
