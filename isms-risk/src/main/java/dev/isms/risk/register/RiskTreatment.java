// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import dev.isms.risk.ControlEffect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk treatment (ISO/IEC 27005:2022 clause 8): the option chosen for a scenario, the controls selected from
 * any catalogue with their expected effect, the organisation's applied controls that carry it out, an owner, a due
 * date and a status.
 *
 * <p>A treatment may refer to catalogue controls, to applied controls ({@link dev.isms.core.applied.AppliedControl}
 * ids), or to both: a drafted Statement of Applicability counts the catalogue controls an applied control realises
 * as chosen for the treatment's scenario. Only catalogue controls carry an expected effect on the risk.
 *
 * @param id the treatment's id, unique in a register; not blank
 * @param scenarioId the scenario treated, not blank
 * @param option the treatment option
 * @param controls the selected controls and their expected effect; at least one for {@link TreatmentOption#MODIFY},
 *        none for {@link TreatmentOption#RETAIN} and {@link TreatmentOption#AVOID}; unmodifiable
 * @param owner who implements it, or empty
 * @param due the due date, or empty
 * @param status where it stands
 * @param appliedControls the ids of the applied controls that carry it out, one-line texts, no repeats, in the
 *        given order; a {@link TreatmentOption#MODIFY} treatment needs a control or an applied control, a
 *        {@link TreatmentOption#RETAIN} or {@link TreatmentOption#AVOID} one names none; unmodifiable (since 0.2)
 * @since 0.1
 */
public record RiskTreatment(String id, String scenarioId, TreatmentOption option, List<ControlEffect> controls,
        Optional<String> owner, Optional<LocalDate> due, TreatmentStatus status, List<String> appliedControls) {

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
     * @param appliedControls one-line ids, no repeats; none for {@link TreatmentOption#RETAIN} and
     *        {@link TreatmentOption#AVOID}
     * @throws IllegalArgumentException naming the treatment, the field, the rule and the value
     */
    public RiskTreatment {
        Checks.notBlank(id, "treatment id");
        Checks.notBlank(scenarioId, "treatment scenarioId");
        Objects.requireNonNull(option, "option");
        controls = List.copyOf(controls);
        appliedControls = Values.texts(appliedControls, "treatment " + Checks.quote(id) + " appliedControls");
        if (option == TreatmentOption.MODIFY && controls.isEmpty() && appliedControls.isEmpty()) {
            throw new IllegalArgumentException("treatment " + Checks.quote(id) + " option MODIFY must select at"
                    + " least one control or applied control");
        }
        if ((option == TreatmentOption.RETAIN || option == TreatmentOption.AVOID) && !controls.isEmpty()) {
            throw new IllegalArgumentException("treatment " + Checks.quote(id) + " option " + option + " must"
                    + " select no controls but selects " + controls.size());
        }
        if ((option == TreatmentOption.RETAIN || option == TreatmentOption.AVOID) && !appliedControls.isEmpty()) {
            throw new IllegalArgumentException("treatment " + Checks.quote(id) + " option " + option + " must"
                    + " name no applied controls but names " + Checks.quote(appliedControls.toString()));
        }
        Checks.optional(owner, "treatment owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Creates a treatment that names no applied control (the 0.1 form).
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
    public RiskTreatment(String id, String scenarioId, TreatmentOption option, List<ControlEffect> controls,
            Optional<String> owner, Optional<LocalDate> due, TreatmentStatus status) {
        this(id, scenarioId, option, controls, owner, due, status, List.of());
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
        return newStatus == status ? this : new RiskTreatment(id, scenarioId, option, controls, owner, due, newStatus,
                appliedControls);
    }

    /**
     * Returns a copy naming other applied controls (replacing the current ones).
     *
     * @param ids the applied-control ids, one-line texts, no repeats, not null
     * @return the treatment; {@code this} if unchanged
     * @throws IllegalArgumentException naming the field and the rejected id, or if the option forbids them
     */
    public RiskTreatment withAppliedControls(Collection<String> ids) {
        RiskTreatment t = new RiskTreatment(id, scenarioId, option, controls, owner, due, status, List.copyOf(ids));
        return t.equals(this) ? this : t;
    }

    /**
     * Returns a copy naming other applied controls (replacing the current ones).
     *
     * @param ids the applied-control ids, one-line texts, no repeats
     * @return the treatment; {@code this} if unchanged
     * @throws IllegalArgumentException naming the field and the rejected id, or if the option forbids them
     */
    public RiskTreatment withAppliedControls(String... ids) {
        return withAppliedControls(List.of(ids));
    }

    /** Collects a {@link RiskTreatment}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String scenarioId;
        private final TreatmentOption option;
        private final List<ControlEffect> controls = new ArrayList<>();
        private final List<String> appliedControls = new ArrayList<>();
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
         * Names applied controls that carry the treatment out (their ids in an
         * {@link dev.isms.core.applied.AppliedControlSet}).
         *
         * @param ids the applied-control ids, one-line texts, no repeats, not null
         * @return this builder
         */
        public Builder appliedControl(String... ids) {
            return appliedControls(List.of(ids));
        }

        /**
         * Names applied controls that carry the treatment out (their ids in an
         * {@link dev.isms.core.applied.AppliedControlSet}).
         *
         * @param ids the applied-control ids, one-line texts, no repeats, not null
         * @return this builder
         */
        public Builder appliedControls(Collection<String> ids) {
            appliedControls.addAll(List.copyOf(ids));
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
                    Optional.ofNullable(due), status, appliedControls);
        }
    }
}
