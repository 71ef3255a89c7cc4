// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step in the life of a corrective action (ISO/IEC 27001:2022 clause 10.2): raised, a correction (fixing
 * the instance), the cause analysed with the corrective action decided (removing the cause), implemented, and
 * the effectiveness reviewed. The order they may come in is {@link ActionState}'s.
 *
 * @since 0.2
 */
public sealed interface ActionStep permits ActionStep.Raised, ActionStep.Corrected, ActionStep.CauseAnalysed,
        ActionStep.Implemented, ActionStep.EffectivenessReviewed {

    /** {@return the day of the step} */
    LocalDate date();

    /**
     * Returns the state after this step.
     *
     * @param current the state before it, not null
     * @return the state after it
     * @throws IllegalStateException if this step may not come in that state, naming both
     */
    ActionState next(ActionState current);

    private static IllegalStateException refused(String step, ActionState current, String allowed) {
        return new IllegalStateException(step + " is not allowed in state " + current.key() + " (allowed in "
                + allowed + ")");
    }

    /**
     * The action was raised, from a nonconformity; only ever the first step.
     *
     * @param date the day
     */
    record Raised(LocalDate date) implements ActionStep {
        /**
         * Validates the component.
         *
         * @param date the day, not null
         */
        public Raised {
            Objects.requireNonNull(date, "raised date");
        }

        @Override
        public ActionState next(ActionState current) {
            throw new IllegalStateException("raising is only allowed as the first step, not in state "
                    + current.key());
        }
    }

    /**
     * A correction: the nonconformity itself was fixed and its consequences dealt with; the state is unchanged.
     *
     * @param date the day
     * @param description what was done; may span lines
     */
    record Corrected(LocalDate date, String description) implements ActionStep {
        /**
         * Validates the components.
         *
         * @param date the day, not null
         * @param description what was done, not blank
         */
        public Corrected {
            Objects.requireNonNull(date, "correction date");
            Checks.text(description, "correction description");
        }

        @Override
        public ActionState next(ActionState current) {
            if (current != ActionState.OPEN && current != ActionState.ANALYSED) {
                throw refused("a correction", current, "open, analysed");
            }
            return current;
        }
    }

    /**
     * The root cause was determined and the corrective action that removes it decided.
     *
     * @param date the day
     * @param rootCause the root cause; may span lines
     * @param action the corrective action; may span lines
     */
    record CauseAnalysed(LocalDate date, String rootCause, String action) implements ActionStep {
        /**
         * Validates the components.
         *
         * @param date the day, not null
         * @param rootCause the root cause, not blank
         * @param action the action, not blank
         */
        public CauseAnalysed {
            Objects.requireNonNull(date, "cause analysis date");
            Checks.text(rootCause, "cause analysis rootCause");
            Checks.text(action, "cause analysis action");
        }

        @Override
        public ActionState next(ActionState current) {
            if (current != ActionState.OPEN) {
                throw refused("a cause analysis", current, "open");
            }
            return ActionState.ANALYSED;
        }
    }

    /**
     * The corrective action was implemented.
     *
     * @param date the day
     */
    record Implemented(LocalDate date) implements ActionStep {
        /**
         * Validates the component.
         *
         * @param date the day, not null
         */
        public Implemented {
            Objects.requireNonNull(date, "implementation date");
        }

        @Override
        public ActionState next(ActionState current) {
            if (current != ActionState.ANALYSED) {
                throw refused("implementing", current, "analysed");
            }
            return ActionState.IMPLEMENTED;
        }
    }

    /**
     * The effectiveness of the implemented action was reviewed: effective closes the action, not effective opens
     * it again for a new cause analysis.
     *
     * @param date the day
     * @param effective whether the action removed the cause
     * @param note what the review found; may span lines
     */
    record EffectivenessReviewed(LocalDate date, boolean effective, String note) implements ActionStep {
        /**
         * Validates the components.
         *
         * @param date the day, not null
         * @param effective whether effective
         * @param note the finding, not blank
         */
        public EffectivenessReviewed {
            Objects.requireNonNull(date, "effectiveness review date");
            Checks.text(note, "effectiveness review note");
        }

        @Override
        public ActionState next(ActionState current) {
            if (current != ActionState.IMPLEMENTED) {
                throw refused("an effectiveness review", current, "implemented");
            }
            return effective ? ActionState.CLOSED : ActionState.OPEN;
        }
    }
}
