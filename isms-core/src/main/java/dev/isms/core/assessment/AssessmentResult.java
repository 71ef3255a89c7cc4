// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.Evidence;
import dev.isms.core.internal.Values;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The result of assessing one clause or one control: conformity, maturity, notes, evidence, the applied controls
 * relied on, and a weight for weighted scoring.
 *
 * <p>Rules: only an assessed result (conformant, partially, not conformant) carries a maturity; a not-applicable
 * result carries a note saying why; the weight is a positive, finite number (default 1). Whether a maturity lies
 * on the scale is checked by the {@link GapAssessment} that holds the result.
 *
 * @param conformity the conformity
 * @param maturity the maturity level, or empty
 * @param notes the assessor's notes, or empty; may span lines
 * @param evidence the evidence seen, no repeats
 * @param appliedControls the ids of the applied controls relied on, no repeats
 * @param weight the importance of the item for weighted scoring, positive and finite
 * @since 0.2
 */
public record AssessmentResult(Conformity conformity, OptionalInt maturity, Optional<String> notes,
        List<Evidence> evidence, List<String> appliedControls, double weight) {

    /**
     * Validates and copies the components.
     *
     * @param conformity the conformity, not null
     * @param maturity the maturity, present only for an assessed result
     * @param notes the notes, or empty; never blank; required when not applicable
     * @param evidence the evidence, no repeats
     * @param appliedControls the applied controls' ids, not blank, no repeats
     * @param weight positive and finite
     * @throws IllegalArgumentException naming the field, the rule and the value
     */
    public AssessmentResult {
        Objects.requireNonNull(conformity, "assessment result conformity");
        Objects.requireNonNull(maturity, "assessment result maturity");
        Values.optionalText(notes, "assessment result notes");
        evidence = Values.distinct(evidence, "assessment result evidence");
        appliedControls = Values.texts(appliedControls, "assessment result appliedControls");
        if (maturity.isPresent() && !conformity.isAssessed()) {
            throw new IllegalArgumentException("assessment result maturity must be empty when conformity is "
                    + conformity.key() + " but was " + maturity.getAsInt());
        }
        if (conformity == Conformity.NOT_APPLICABLE && notes.isEmpty()) {
            throw new IllegalArgumentException("assessment result notes must say why the item is not applicable but"
                    + " was empty");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("assessment result weight must be positive and finite but was "
                    + weight);
        }
    }

    /**
     * Creates an assessed result.
     *
     * @param conformity conformant, partially conformant or not conformant
     * @param maturity the maturity level
     * @return the result, weight 1
     */
    public static AssessmentResult of(Conformity conformity, int maturity) {
        return builder(conformity).maturity(maturity).build();
    }

    /** {@return a not-assessed result} */
    public static AssessmentResult notAssessed() {
        return builder(Conformity.NOT_ASSESSED).build();
    }

    /**
     * Creates a not-applicable result.
     *
     * @param why why the item does not apply, not blank
     * @return the result
     */
    public static AssessmentResult notApplicable(String why) {
        return builder(Conformity.NOT_APPLICABLE).notes(why).build();
    }

    /**
     * Starts a result.
     *
     * @param conformity the conformity, not null
     * @return a builder
     */
    public static Builder builder(Conformity conformity) {
        return new Builder(conformity);
    }

    /** Collects an {@link AssessmentResult}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final Conformity conformity;
        private Integer maturity;
        private String notes;
        private final Set<Evidence> evidence = new LinkedHashSet<>();
        private final Set<String> appliedControls = new LinkedHashSet<>();
        private double weight = 1;

        private Builder(Conformity conformity) {
            this.conformity = conformity;
        }

        /**
         * Sets the maturity.
         *
         * @param level the level on the assessment's scale
         * @return this builder
         */
        public Builder maturity(int level) {
            this.maturity = level;
            return this;
        }

        /**
         * Sets the notes.
         *
         * @param text the notes, not blank
         * @return this builder
         */
        public Builder notes(String text) {
            this.notes = Objects.requireNonNull(text, "notes");
            return this;
        }

        /**
         * Adds evidence; repeats are merged.
         *
         * @param items the evidence, not null
         * @return this builder
         */
        public Builder evidence(Collection<Evidence> items) {
            for (Evidence e : items) {
                evidence.add(Objects.requireNonNull(e, "evidence"));
            }
            return this;
        }

        /**
         * Adds applied controls relied on; repeats are merged.
         *
         * @param ids the applied controls' ids, not null
         * @return this builder
         */
        public Builder appliedControls(Collection<String> ids) {
            for (String id : ids) {
                appliedControls.add(Objects.requireNonNull(id, "applied control id"));
            }
            return this;
        }

        /**
         * Sets the weight (default 1).
         *
         * @param value positive and finite
         * @return this builder
         */
        public Builder weight(double value) {
            this.weight = value;
            return this;
        }

        /**
         * {@return the result}
         *
         * @throws IllegalArgumentException if a rule of {@link AssessmentResult} is broken
         */
        public AssessmentResult build() {
            return new AssessmentResult(conformity, maturity == null ? OptionalInt.empty() : OptionalInt.of(maturity),
                    Optional.ofNullable(notes), List.copyOf(evidence), List.copyOf(appliedControls), weight);
        }
    }
}
