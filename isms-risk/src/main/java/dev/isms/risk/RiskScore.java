// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.internal.Checks;
import dev.isms.risk.internal.Parameters;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring a risk with one method, with everything needed to recompute and audit it: the method id
 * and version, the parameters it was given and the criteria it used.
 *
 * <p>{@code value} is the method's number (a matrix cell's rank, the OWASP severity's rank, a CVSS base score, the
 * NIST SP 800-30 representative semi-quantitative 0–100 value, a FAIR mean annual loss); {@code level} its
 * qualitative label (such as {@code "HIGH"}), and {@code rank} the label's position among the method's levels, 0
 * lowest, so scores of one method compare by rank.
 *
 * <p>Scorers make scores with {@link #builder(String, String)}, which takes plain values:
 * <pre>{@code
 * RiskScore s = RiskScore.builder("my-method", "1").parameters(request.parameters()).criteria("acme@3")
 *         .value(12).level("High", 2).explanation("likelihood 4 x consequence 3").build();
 * }</pre>
 *
 * @param methodId the scoring method's id, such as {@code "owasp-rr"}; not blank
 * @param methodVersion the method implementation's version, such as {@code "1"}; not blank
 * @param parameters the inputs given to the method, sorted by name; unmodifiable
 * @param criteria the id and version of the risk criteria used ({@code "acme@3"}), or empty if none
 * @param value the numeric result; finite
 * @param level the qualitative level, not blank
 * @param rank the level's rank among the method's levels, 0 lowest; not negative
 * @param explanation how the value was reached, in one or two sentences; not blank
 * @since 0.1
 */
public record RiskScore(String methodId, String methodVersion, Map<String, String> parameters,
        Optional<String> criteria, double value, String level, int rank, String explanation) {

    /**
     * Validates the components and copies the parameters into a sorted, unmodifiable map.
     *
     * @param methodId the scoring method's id, not blank
     * @param methodVersion the method's version, not blank
     * @param parameters the inputs, not null, no null keys or values, well-formed Unicode (no lone surrogates: a
     *     stored score is written as JSON)
     * @param criteria the criteria reference, not blank when present
     * @param value the numeric result, finite
     * @param level the qualitative level, not blank
     * @param rank the level's rank, not negative
     * @param explanation how the value was reached, not blank
     * @throws IllegalArgumentException if a text is blank, a parameter name or value holds a lone surrogate, the
     *     value is not finite or the rank is negative
     */
    public RiskScore {
        Checks.notBlank(methodId, "methodId");
        Checks.notBlank(methodVersion, "methodVersion");
        Objects.requireNonNull(parameters, "parameters");
        parameters = Parameters.sorted(parameters);
        parameters.forEach(RiskScore::checkWellFormed);
        Checks.optional(criteria, "criteria");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("score value must be finite but was " + value);
        }
        Checks.notBlank(level, "level");
        if (rank < 0) {
            throw new IllegalArgumentException("score rank must be >= 0 but was " + rank);
        }
        Checks.text(explanation, "explanation");
    }

    /** Refuses a parameter whose name or value holds a lone surrogate: no JSON writer could keep it. */
    private static void checkWellFormed(String name, String value) {
        for (String s : new String[] {name, value}) {
            for (int i = 0; i < s.length(); i++) {
                if (Checks.isLoneSurrogate(s, i)) {
                    throw new IllegalArgumentException("score parameter " + Checks.quote(name) + " must be well-formed"
                            + " Unicode but has a lone surrogate at index " + i + " of its " + (s == name ? "name"
                            : "value"));
                }
            }
        }
    }

    /**
     * Starts a score of a method.
     *
     * @param methodId the scoring method's id, not blank
     * @param methodVersion the method's version, not blank
     * @return a builder with no parameters, no criteria, value 0, rank 0
     */
    public static Builder builder(String methodId, String methodVersion) {
        return new Builder(methodId, methodVersion);
    }

    /** Collects a {@link RiskScore}'s parts with plain values; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String methodId;
        private final String methodVersion;
        private Map<String, String> parameters = Map.of();
        private String criteria;
        private double value;
        private String level;
        private int rank;
        private String explanation;

        private Builder(String methodId, String methodVersion) {
            this.methodId = methodId;
            this.methodVersion = methodVersion;
        }

        /**
         * Sets the inputs the method was given.
         *
         * @param values parameter name to value, not null
         * @return this builder
         */
        public Builder parameters(Map<String, String> values) {
            this.parameters = Objects.requireNonNull(values, "parameters");
            return this;
        }

        /**
         * Sets the criteria the method used.
         *
         * @param reference the criteria's reference, such as {@code "acme@3"}; not blank
         * @return this builder
         */
        public Builder criteria(String reference) {
            this.criteria = Checks.notBlank(reference, "criteria");
            return this;
        }

        /**
         * Sets the numeric result.
         *
         * @param number finite
         * @return this builder
         */
        public Builder value(double number) {
            this.value = number;
            return this;
        }

        /**
         * Sets the qualitative level and its rank among the method's levels.
         *
         * @param name the level, not blank
         * @param levelRank 0 for the lowest level
         * @return this builder
         */
        public Builder level(String name, int levelRank) {
            this.level = name;
            this.rank = levelRank;
            return this;
        }

        /**
         * Sets how the value was reached.
         *
         * @param text one or two sentences, not blank
         * @return this builder
         */
        public Builder explanation(String text) {
            this.explanation = text;
            return this;
        }

        /**
         * {@return the score}
         *
         * @throws NullPointerException if the level or explanation was not set
         * @throws IllegalArgumentException if a part is invalid
         */
        public RiskScore build() {
            return new RiskScore(methodId, methodVersion, parameters, Optional.ofNullable(criteria), value, level,
                    rank, explanation);
        }
    }
}
