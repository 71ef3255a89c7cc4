// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a Statement of Applicability: a control of the catalogue, whether it applies and why, whether it
 * is implemented, who owns it, the evidence, and the risks and requirements that justify it.
 *
 * <p>Rules: an excluded control has a justification and no inclusion reason; an applicable control has at least
 * one inclusion reason (the free-text justification is optional then); an undecided control may carry proposed
 * reasons and notes.
 *
 * @param control the control's id in the statement's catalogue
 * @param applicability applicable, excluded or undecided
 * @param reasons why it is included, in declaration order; empty for an excluded control
 * @param justification the free-text justification, or empty; required for an excluded control
 * @param implementation the implementation status and where it comes from
 * @param owner the control's owner, or empty
 * @param evidence evidence of implementation, no repeats
 * @param risks the ids of the risk scenarios that justify it, no repeats
 * @param requirements the legal, regulatory, contractual or business requirements that justify it (such as
 *        {@code "GDPR Art. 32"}), no repeats
 * @since 0.2
 */
public record SoaEntry(ControlId control, Applicability applicability, Set<InclusionReason> reasons,
        Optional<String> justification, Implementation implementation, Optional<String> owner,
        List<Evidence> evidence, List<String> risks, List<String> requirements) {

    /**
     * Validates and copies the components.
     *
     * @param control the control's id, not null
     * @param applicability the applicability, not null
     * @param reasons the inclusion reasons, not null
     * @param justification the justification, or empty; never blank
     * @param implementation the implementation, not null
     * @param owner the owner, or empty; never blank
     * @param evidence the evidence, no repeats
     * @param risks the scenario ids, not blank, no repeats
     * @param requirements the requirements, not blank, no repeats
     * @throws IllegalArgumentException naming the entry, the field and the value if a rule is broken
     */
    public SoaEntry {
        Objects.requireNonNull(control, "SoA entry control");
        String label = "SoA entry " + control;
        Objects.requireNonNull(applicability, label + " applicability");
        reasons = copy(reasons, label);
        Values.optionalText(justification, label + " justification");
        Objects.requireNonNull(implementation, label + " implementation");
        Values.optionalName(owner, label + " owner");
        evidence = Values.distinct(evidence, label + " evidence");
        risks = Values.texts(risks, label + " risks");
        requirements = Values.texts(requirements, label + " requirements");
        if (applicability == Applicability.EXCLUDED && justification.isEmpty()) {
            throw new IllegalArgumentException(label + " justification must be given for an excluded control but was"
                    + " empty");
        }
        if (applicability == Applicability.EXCLUDED && !reasons.isEmpty()) {
            throw new IllegalArgumentException(label + " reasons must be empty for an excluded control but was "
                    + reasons);
        }
        if (applicability == Applicability.APPLICABLE && reasons.isEmpty()) {
            throw new IllegalArgumentException(label + " reasons must name at least one inclusion reason for an"
                    + " applicable control but was empty");
        }
    }

    private static Set<InclusionReason> copy(Set<InclusionReason> reasons, String label) {
        Objects.requireNonNull(reasons, label + " reasons");
        Set<InclusionReason> copy = EnumSet.noneOf(InclusionReason.class);
        for (InclusionReason r : reasons) {
            copy.add(Objects.requireNonNull(r, label + " reasons"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Starts an entry; it is undecided until made applicable or excluded.
     *
     * @param control the control's id, not null
     * @return a builder
     */
    public static Builder builder(ControlId control) {
        return new Builder(control);
    }

    /**
     * Creates an entry that needs a decision.
     *
     * @param control the control's id, not null
     * @return the undecided entry, not implemented
     */
    public static SoaEntry undecided(ControlId control) {
        return builder(control).build();
    }

    /**
     * Creates an excluded entry.
     *
     * @param control the control's id, not null
     * @param justification why it is excluded, not blank
     * @return the entry
     */
    public static SoaEntry excluded(ControlId control, String justification) {
        return builder(control).exclude(justification).build();
    }

    /**
     * Creates an applicable entry.
     *
     * @param control the control's id, not null
     * @param reasons why it is included, at least one
     * @return the entry, not implemented until its status is derived or set
     */
    public static SoaEntry applicable(ControlId control, InclusionReason... reasons) {
        return builder(control).include(List.of(reasons)).build();
    }

    /** {@return a builder holding this entry's parts, to derive a changed copy} */
    public Builder toBuilder() {
        return Builder.from(this);
    }

    /**
     * {@return the reference to this entry's control in a catalogue}
     *
     * @param catalogId the statement's catalogue id, not blank
     */
    public ControlRef controlRef(String catalogId) {
        return new ControlRef(catalogId, control);
    }

    /**
     * Returns a copy that includes the control for one more reason and links more risks: an undecided entry
     * becomes applicable. This is how a draft is built from risk treatments.
     *
     * @param reason the reason, not null
     * @param riskIds the scenario ids to link, not null; repeats are merged
     * @return the applicable entry
     * @throws IllegalStateException if the entry is excluded: a decision to exclude is not overridden silently
     */
    public SoaEntry include(InclusionReason reason, Collection<String> riskIds) {
        if (applicability == Applicability.EXCLUDED) {
            throw new IllegalStateException("SoA entry " + control + " is excluded (" + Checks.quote(
                    justification.orElse("")) + "); it cannot be included for " + reason.key()
                    + " without a new decision");
        }
        return toBuilder().include(List.of(reason)).risks(riskIds).build();
    }

    /**
     * Returns a copy with another implementation.
     *
     * @param newImplementation the implementation, not null
     * @return the copy; {@code this} if unchanged
     */
    public SoaEntry withImplementation(Implementation newImplementation) {
        return implementation.equals(Objects.requireNonNull(newImplementation, "implementation")) ? this
                : new SoaEntry(control, applicability, reasons, justification, newImplementation, owner, evidence,
                        risks, requirements);
    }

    /** {@return true if the entry needs a decision} */
    public boolean isUndecided() {
        return applicability == Applicability.UNDECIDED;
    }

    /**
     * Collects the parts of a {@link SoaEntry}; {@link #build()} validates them. Not thread-safe; the entry it
     * builds is immutable.
     */
    public static final class Builder {
        private final ControlId control;
        private Applicability applicability = Applicability.UNDECIDED;
        private final Set<InclusionReason> reasons = EnumSet.noneOf(InclusionReason.class);
        private String justification;
        private Implementation implementation = Implementation.notImplemented();
        private String owner;
        private final Set<Evidence> evidence = new LinkedHashSet<>();
        private final Set<String> risks = new LinkedHashSet<>();
        private final Set<String> requirements = new LinkedHashSet<>();

        Builder(ControlId control) {
            this.control = Objects.requireNonNull(control, "control");
        }

        static Builder from(SoaEntry e) {
            Builder b = new Builder(e.control());
            b.applicability = e.applicability();
            b.reasons.addAll(e.reasons());
            b.justification = e.justification().orElse(null);
            b.implementation = e.implementation();
            b.owner = e.owner().orElse(null);
            b.evidence.addAll(e.evidence());
            b.risks.addAll(e.risks());
            b.requirements.addAll(e.requirements());
            return b;
        }

        /**
         * Makes the control applicable for more reasons.
         *
         * @param more the reasons, not null
         * @return this builder
         */
        public Builder include(Collection<InclusionReason> more) {
            for (InclusionReason r : more) {
                reasons.add(Objects.requireNonNull(r, "reason"));
            }
            applicability = Applicability.APPLICABLE;
            return this;
        }

        /**
         * Makes the control applicable for more reasons.
         *
         * @param more the reasons, not null
         * @return this builder
         */
        public Builder include(InclusionReason... more) {
            return include(List.of(more));
        }

        /**
         * Excludes the control; inclusion reasons are cleared.
         *
         * @param why the justification, not blank
         * @return this builder
         */
        public Builder exclude(String why) {
            applicability = Applicability.EXCLUDED;
            reasons.clear();
            return justification(why);
        }

        /**
         * Marks the control as needing a decision; reasons given so far are kept as proposals.
         *
         * @return this builder
         */
        public Builder undecided() {
            applicability = Applicability.UNDECIDED;
            return this;
        }

        /**
         * Adds proposed inclusion reasons without changing the applicability.
         *
         * @param more the reasons, not null
         * @return this builder
         */
        public Builder propose(Collection<InclusionReason> more) {
            for (InclusionReason r : more) {
                reasons.add(Objects.requireNonNull(r, "reason"));
            }
            return this;
        }

        /**
         * Sets the free-text justification.
         *
         * @param text the justification, not blank; may span lines
         * @return this builder
         */
        public Builder justification(String text) {
            this.justification = Objects.requireNonNull(text, "justification");
            return this;
        }

        /**
         * Sets the implementation (default: derived, not implemented).
         *
         * @param value the implementation, not null
         * @return this builder
         */
        public Builder implementation(Implementation value) {
            this.implementation = Objects.requireNonNull(value, "implementation");
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
         * Links risk scenarios that justify the control; repeats are merged.
         *
         * @param scenarioIds the ids, not null
         * @return this builder
         */
        public Builder risks(Collection<String> scenarioIds) {
            for (String s : scenarioIds) {
                risks.add(Objects.requireNonNull(s, "scenario id"));
            }
            return this;
        }

        /**
         * Links requirements that justify the control, such as {@code "GDPR Art. 32"}; repeats are merged.
         *
         * @param items the requirements, not null
         * @return this builder
         */
        public Builder requirements(Collection<String> items) {
            for (String r : items) {
                requirements.add(Objects.requireNonNull(r, "requirement"));
            }
            return this;
        }

        /**
         * {@return the entry}
         *
         * @throws IllegalArgumentException if a rule of {@link SoaEntry} is broken
         */
        public SoaEntry build() {
            return new SoaEntry(control, applicability, reasons, Optional.ofNullable(justification), implementation,
                    Optional.ofNullable(owner), List.copyOf(evidence), List.copyOf(risks), List.copyOf(requirements));
        }
    }
}
