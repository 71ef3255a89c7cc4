// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.internal.Checks;
import dev.isms.risk.ControlEffect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk treatment (ISO/IEC 27005:2022 clause 8): the option chosen for a scenario, the controls selected from
 * any catalogue with their expected effect, an owner, a due date and a status.
 *
 * @param id the treatment's id, unique in a register; not blank
 * @param scenarioId the scenario treated, not blank
 * @param option the treatment option
 * @param controls the selected controls and their expected effect; at least one for {@link TreatmentOption#MODIFY},
 *        none for {@link TreatmentOption#RETAIN} and {@link TreatmentOption#AVOID}; unmodifiable
 * @param owner who implements it, or empty
 * @param due the due date, or empty
 * @param status where it stands
 * @since 0.1
 */
public record RiskTreatment(String id, String scenarioId, TreatmentOption option, List<ControlEffect> controls,
        Optional<String> owner, Optional<LocalDate> due, TreatmentStatus status) {

    /**
     * Validates the components.
     *
     * @param id not blank
     * @param scenarioId not blank
     * @param option not null
     * @param controls as the option requires
     * @param owner not blank when present
     * @param due not null
     * @param status not null
     * @throws IllegalArgumentException naming the treatment and the rule
     */
    public RiskTreatment {
        Checks.notBlank(id, "treatment id");
        Checks.notBlank(scenarioId, "treatment scenarioId");
        Objects.requireNonNull(option, "option");
        controls = List.copyOf(controls);
        if (option == TreatmentOption.MODIFY && controls.isEmpty()) {
            throw new IllegalArgumentException("treatment " + Checks.quote(id) + " option MODIFY must select at"
                    + " least one control");
        }
        if ((option == TreatmentOption.RETAIN || option == TreatmentOption.AVOID) && !controls.isEmpty()) {
            throw new IllegalArgumentException("treatment " + Checks.quote(id) + " option " + option + " must"
                    + " select no controls but selects " + controls.size());
        }
        Checks.optional(owner, "treatment owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Starts a treatment.
     *
     * @param id the treatment's id, not blank
     * @param scenarioId the scenario, not blank
     * @param option the option, not null
     * @return a builder with status {@link TreatmentStatus#PROPOSED}
     */
    public static Builder builder(String id, String scenarioId, TreatmentOption option) {
        return new Builder(id, scenarioId, option);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status, not null
     * @return the treatment; {@code this} if unchanged
     */
    public RiskTreatment withStatus(TreatmentStatus newStatus) {
        return newStatus == status ? this : new RiskTreatment(id, scenarioId, option, controls, owner, due, newStatus);
    }

    /** Collects a {@link RiskTreatment}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String scenarioId;
        private final TreatmentOption option;
        private final List<ControlEffect> controls = new ArrayList<>();
        private String owner;
        private LocalDate due;
        private TreatmentStatus status = TreatmentStatus.PROPOSED;

        private Builder(String id, String scenarioId, TreatmentOption option) {
            this.id = id;
            this.scenarioId = scenarioId;
            this.option = option;
        }

        /**
         * Selects controls.
         *
         * @param effects the controls and their expected effect, not null
         * @return this builder
         */
        public Builder control(ControlEffect... effects) {
            return controls(List.of(effects));
        }

        /**
         * Selects controls.
         *
         * @param effects the controls and their expected effect, not null
         * @return this builder
         */
        public Builder controls(Collection<ControlEffect> effects) {
            controls.addAll(List.copyOf(effects));
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param value not blank
         * @return this builder
         */
        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        /**
         * Sets the due date.
         *
         * @param date not null
         * @return this builder
         */
        public Builder due(LocalDate date) {
            this.due = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value not null
         * @return this builder
         */
        public Builder status(TreatmentStatus value) {
            this.status = value;
            return this;
        }

        /**
         * {@return the treatment}
         *
         * @throws IllegalArgumentException if a part is invalid
         */
        public RiskTreatment build() {
            return new RiskTreatment(id, scenarioId, option, controls, Optional.ofNullable(owner),
                    Optional.ofNullable(due), status);
        }
    }
}
