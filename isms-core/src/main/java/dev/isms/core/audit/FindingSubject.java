// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.internal.Checks;
import java.util.Objects;

/**
 * What an audit finding is about: a clause of the requirements, a catalogue control, or an applied control.
 *
 * @since 0.2
 */
public sealed interface FindingSubject
        permits FindingSubject.ClauseSubject, FindingSubject.ControlSubject, FindingSubject.AppliedControlSubject {

    /**
     * A finding about a clause.
     *
     * @param clause the clause's id, such as {@code "9.2.2"}
     * @return the subject
     */
    static FindingSubject clause(String clause) {
        return new ClauseSubject(ControlId.parse(clause));
    }

    /**
     * A finding about a catalogue control.
     *
     * @param control the control, not null
     * @return the subject
     */
    static FindingSubject control(ControlRef control) {
        return new ControlSubject(control);
    }

    /**
     * A finding about an applied control.
     *
     * @param appliedControlId the applied control's id, not blank
     * @return the subject
     */
    static FindingSubject appliedControl(String appliedControlId) {
        return new AppliedControlSubject(appliedControlId);
    }

    /** {@return the subject as text, such as {@code "clause 9.2.2"} or {@code "control iso27002:2022#8.7"}} */
    String describe();

    /**
     * A clause of the requirements.
     *
     * @param clause the clause's id
     */
    record ClauseSubject(ControlId clause) implements FindingSubject {
        /**
         * Validates the component.
         *
         * @param clause the clause's id, not null
         */
        public ClauseSubject {
            Objects.requireNonNull(clause, "finding subject clause");
        }

        @Override
        public String describe() {
            return "clause " + clause;
        }
    }

    /**
     * A catalogue control.
     *
     * @param control the control
     */
    record ControlSubject(ControlRef control) implements FindingSubject {
        /**
         * Validates the component.
         *
         * @param control the control, not null
         */
        public ControlSubject {
            Objects.requireNonNull(control, "finding subject control");
        }

        @Override
        public String describe() {
            return "control " + control;
        }
    }

    /**
     * An applied control.
     *
     * @param appliedControlId the applied control's id
     */
    record AppliedControlSubject(String appliedControlId) implements FindingSubject {
        /**
         * Validates the component.
         *
         * @param appliedControlId the id, a one-line text
         */
        public AppliedControlSubject {
            Checks.notBlank(appliedControlId, "finding subject appliedControlId");
        }

        @Override
        public String describe() {
            return "applied control " + appliedControlId;
        }
    }
}
