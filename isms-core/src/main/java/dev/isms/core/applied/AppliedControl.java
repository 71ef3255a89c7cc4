// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.applied;

import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the organisation does to meet one or more catalogue controls: a measure such as "MFA on all admin
 * accounts" that realises controls of any catalogue, treats risks, has an owner, a status, a due date and
 * evidence. Audits test applied controls; the Statement of Applicability derives each control's implementation
 * status from the applied controls that realise it.
 *
 * <pre>{@code
 * AppliedControl mfa = AppliedControl.builder("AC-1", "MFA on all admin accounts")
 *         .realises(ControlRef.of("iso27002:2022", "8.5")).owner("CISO")
 *         .status(AppliedControlStatus.IMPLEMENTED).treats("R-3", "R-7").build();
 * }</pre>
 *
 * @param id the id, unique in its set; a one-line text
 * @param name a readable name; a one-line text
 * @param controls the catalogue controls it realises, in the order given, no repeats; may be empty
 * @param owner the accountable owner, or empty
 * @param status where it stands
 * @param due the day it should be implemented, or empty
 * @param evidence the evidence that it operates, no repeats
 * @param risks the ids of the risk scenarios it treats, no repeats (plain ids: core cannot see the risk module)
 * @since 0.2
 */
public record AppliedControl(String id, String name, List<ControlRef> controls, Optional<String> owner,
        AppliedControlStatus status, Optional<LocalDate> due, List<Evidence> evidence, List<String> risks) {

    /**
     * Validates and copies the components.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param controls the controls realised, no repeats
     * @param owner the owner, or empty; never blank
     * @param status the status, not null
     * @param due the due day, or empty
     * @param evidence the evidence, no repeats
     * @param risks the scenario ids, not blank, no repeats
     * @throws IllegalArgumentException naming the applied control, the field and the value
     */
    public AppliedControl {
        Checks.notBlank(id, "applied control id");
        String label = Values.label("applied control", id);
        Checks.notBlank(name, label + " name");
        controls = Values.distinct(controls, label + " controls");
        Values.optionalName(owner, label + " owner");
        Objects.requireNonNull(status, label + " status");
        Objects.requireNonNull(due, label + " due");
        evidence = Values.distinct(evidence, label + " evidence");
        risks = Values.texts(risks, label + " risks");
    }

    /**
     * Starts an applied control; its status is {@link AppliedControlStatus#PLANNED} until set.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @return a builder
     */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** {@return a builder holding this applied control's parts, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(id, name).realises(controls).status(status).evidence(evidence).treats(risks);
        owner.ifPresent(b::owner);
        due.ifPresent(b::due);
        return b;
    }

    /**
     * Tells whether this applied control realises a catalogue control.
     *
     * @param control the control, not null
     * @return true if listed in {@link #controls()}
     */
    public boolean realises(ControlRef control) {
        return controls.contains(Objects.requireNonNull(control, "control"));
    }

    /**
     * Tells whether this applied control treats a risk.
     *
     * @param scenarioId the scenario's id, not null
     * @return true if listed in {@link #risks()}
     */
    public boolean treats(String scenarioId) {
        return risks.contains(Objects.requireNonNull(scenarioId, "scenarioId"));
    }

    /**
     * Lists the evidence that has expired as of a day (see {@link Evidence#isExpired(LocalDate)}).
     *
     * @param asOf the day, not null
     * @return the expired evidence, in order
     */
    public List<Evidence> expiredEvidence(LocalDate asOf) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.isExpired(asOf)) {
                out.add(e);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Tells whether implementation is late: the control is still planned or in progress and its due day lies
     * before {@code asOf}.
     *
     * @param asOf the day, not null
     * @return true if overdue
     */
    public boolean isOverdue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return status.isPending() && due.isPresent() && due.get().isBefore(asOf);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status, not null
     * @return the copy; {@code this} if unchanged
     */
    public AppliedControl withStatus(AppliedControlStatus newStatus) {
        return status == Objects.requireNonNull(newStatus, "status") ? this
                : new AppliedControl(id, name, controls, owner, newStatus, due, evidence, risks);
    }

    /**
     * Returns a copy with other evidence.
     *
     * @param newEvidence the evidence, no repeats
     * @return the copy
     */
    public AppliedControl withEvidence(List<Evidence> newEvidence) {
        return new AppliedControl(id, name, controls, owner, status, due, newEvidence, risks);
    }

    /** Collects an {@link AppliedControl}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final Set<ControlRef> controls = new LinkedHashSet<>();
        private String owner;
        private AppliedControlStatus status = AppliedControlStatus.PLANNED;
        private LocalDate due;
        private final Set<Evidence> evidence = new LinkedHashSet<>();
        private final Set<String> risks = new LinkedHashSet<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Adds catalogue controls it realises; repeats are merged.
         *
         * @param refs the controls, not null
         * @return this builder
         */
        public Builder realises(ControlRef... refs) {
            return realises(List.of(refs));
        }

        /**
         * Adds catalogue controls it realises; repeats are merged.
         *
         * @param refs the controls, not null
         * @return this builder
         */
        public Builder realises(Collection<ControlRef> refs) {
            for (ControlRef r : refs) {
                controls.add(Objects.requireNonNull(r, "control"));
            }
            return this;
        }

        /**
         * Sets the owner.
         *
         * @param value the owner, not blank
         * @return this builder
         */
        public Builder owner(String value) {
            this.owner = Objects.requireNonNull(value, "owner");
            return this;
        }

        /**
         * Sets the status (default {@link AppliedControlStatus#PLANNED}).
         *
         * @param value the status, not null
         * @return this builder
         */
        public Builder status(AppliedControlStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        /**
         * Sets the due day.
         *
         * @param value the day, not null
         * @return this builder
         */
        public Builder due(LocalDate value) {
            this.due = Objects.requireNonNull(value, "due");
            return this;
        }

        /**
         * Adds evidence; repeats are merged.
         *
         * @param items the evidence, not null
         * @return this builder
         */
        public Builder evidence(Evidence... items) {
            return evidence(List.of(items));
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
         * Adds risk scenarios it treats; repeats are merged.
         *
         * @param scenarioIds the ids, not null
         * @return this builder
         */
        public Builder treats(String... scenarioIds) {
            return treats(List.of(scenarioIds));
        }

        /**
         * Adds risk scenarios it treats; repeats are merged.
         *
         * @param scenarioIds the ids, not null
         * @return this builder
         */
        public Builder treats(Collection<String> scenarioIds) {
            for (String s : scenarioIds) {
                risks.add(Objects.requireNonNull(s, "scenario id"));
            }
            return this;
        }

        /**
         * {@return the applied control}
         *
         * @throws IllegalArgumentException if a part is invalid, naming the applied control, the field and the value
         */
        public AppliedControl build() {
            return new AppliedControl(id, name, List.copyOf(controls), Optional.ofNullable(owner), status,
                    Optional.ofNullable(due), List.copyOf(evidence), List.copyOf(risks));
        }
    }
}
