// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A corrective action for a nonconformity (ISO/IEC 27001:2022 clause 10.2): owner, due day, and its steps, from
 * which its state follows. Correction (fixing the instance) and corrective action (removing the cause, after
 * root-cause analysis) are separate steps; closure needs an effectiveness review that found it effective.
 *
 * <pre>{@code
 * CorrectiveAction ca = CorrectiveAction.raise("CA-1", finding, "IT lead", LocalDate.of(2026, 6, 30))
 *         .correct(d1, "Removed the stale accounts").analyse(d2, "No leaver process", "Automate leaver tickets")
 *         .implement(d3).review(d4, true, "No stale accounts in the next two reviews");
 * ca.state();   // CLOSED
 * }</pre>
 *
 * <p>Every action that exists is valid: the steps start with {@link ActionStep.Raised}, follow the moves of
 * {@link ActionState}, and their days never go back; the due day is not before the day it was raised. Operations
 * that would break this throw {@link IllegalStateException} and leave the action as it was.
 *
 * @param id the id, unique in its register; a one-line text
 * @param findingId the id of the nonconformity it corrects
 * @param owner who is responsible; a one-line text
 * @param due the day the corrective action is to be implemented by
 * @param steps the steps, oldest first
 * @since 0.2
 */
public record CorrectiveAction(String id, String findingId, String owner, LocalDate due, List<ActionStep> steps) {

    /**
     * Validates and copies the components.
     *
     * @param id the id, not blank
     * @param findingId the finding's id, not blank
     * @param owner the owner, not blank
     * @param due the due day, not before the day raised
     * @param steps the steps, starting with a raised step, in an allowed order, days not going back
     * @throws IllegalArgumentException naming the action, the field (the step's index) and the problem
     */
    public CorrectiveAction {
        Checks.notBlank(id, "corrective action id");
        String label = Values.label("corrective action", id);
        Checks.notBlank(findingId, label + " findingId");
        Checks.notBlank(owner, label + " owner");
        Objects.requireNonNull(due, label + " due");
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !(steps.get(0) instanceof ActionStep.Raised)) {
            throw new IllegalArgumentException(label + " steps must start with a raised step but was " + steps);
        }
        Values.notBefore(due, steps.get(0).date(), label + " due", "the day it was raised");
        replay(label, steps);
    }

    private static ActionState replay(String label, List<ActionStep> steps) {
        ActionState state = ActionState.OPEN;
        for (int i = 1; i < steps.size(); i++) {
            ActionStep s = steps.get(i);
            Values.notBefore(s.date(), steps.get(i - 1).date(), label + " steps[" + i + "] date",
                    "the previous step's");
            try {
                state = s.next(state);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(label + " steps[" + i + "]: " + e.getMessage(), e);
            }
        }
        return state;
    }

    /**
     * Raises a corrective action for a nonconformity, on the day of the finding.
     *
     * @param id the id, not blank
     * @param finding the finding, a major or minor nonconformity
     * @param owner the owner, not blank
     * @param due the due day, not before the finding's day
     * @return the open action
     * @throws IllegalArgumentException if the finding is not a nonconformity, or a component is invalid
     */
    public static CorrectiveAction raise(String id, Finding finding, String owner, LocalDate due) {
        if (!finding.grade().isNonconformity()) {
            throw new IllegalArgumentException(Values.label("corrective action", id) + " finding must be a"
                    + " nonconformity but " + Checks.quote(finding.id()) + " is " + finding.grade().key());
        }
        return new CorrectiveAction(id, finding.id(), owner, due, List.of(new ActionStep.Raised(finding.date())));
    }

    /** {@return the current state, following from the steps} */
    public ActionState state() {
        return replay(Values.label("corrective action", id), steps);
    }

    /** {@return the day it was raised} */
    public LocalDate raisedOn() {
        return steps.get(0).date();
    }

    /**
     * Returns the action after one more step.
     *
     * @param step the step, not null
     * @return the new action
     * @throws IllegalStateException if the step is not allowed in the current state or predates the last step
     */
    public CorrectiveAction then(ActionStep step) {
        ActionStep last = steps.get(steps.size() - 1);
        String label = Values.label("corrective action", id);
        if (Objects.requireNonNull(step, "step").date().isBefore(last.date())) {
            throw new IllegalStateException(label + " step date must not be before the last step's " + last.date()
                    + " but was " + step.date());
        }
        try {
            step.next(state());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(label + ": " + e.getMessage(), e);
        }
        List<ActionStep> copy = new ArrayList<>(steps);
        copy.add(step);
        return new CorrectiveAction(id, findingId, owner, due, copy);
    }

    /**
     * Records a correction (the instance fixed); allowed while open or analysed.
     *
     * @param date the day, not null
     * @param description what was done, not blank
     * @return the new action
     * @throws IllegalStateException if not allowed now
     */
    public CorrectiveAction correct(LocalDate date, String description) {
        return then(new ActionStep.Corrected(date, description));
    }

    /**
     * Records the root cause and the corrective action decided; allowed while open.
     *
     * @param date the day, not null
     * @param rootCause the root cause, not blank
     * @param action the corrective action, not blank
     * @return the analysed action
     * @throws IllegalStateException if not allowed now
     */
    public CorrectiveAction analyse(LocalDate date, String rootCause, String action) {
        return then(new ActionStep.CauseAnalysed(date, rootCause, action));
    }

    /**
     * Records that the corrective action is implemented; allowed when analysed.
     *
     * @param date the day, not null
     * @return the implemented action
     * @throws IllegalStateException if not allowed now
     */
    public CorrectiveAction implement(LocalDate date) {
        return then(new ActionStep.Implemented(date));
    }

    /**
     * Records the effectiveness review; allowed when implemented. Effective closes the action; not effective
     * opens it again.
     *
     * @param date the day, not null
     * @param effective whether the cause was removed
     * @param note what the review found, not blank
     * @return the closed or reopened action
     * @throws IllegalStateException if not allowed now
     */
    public CorrectiveAction review(LocalDate date, boolean effective, String note) {
        return then(new ActionStep.EffectivenessReviewed(date, effective, note));
    }

    /**
     * Returns a copy with a new due day.
     *
     * @param day the day, not before the day raised
     * @return the copy
     */
    public CorrectiveAction withDue(LocalDate day) {
        return new CorrectiveAction(id, findingId, owner, day, steps);
    }

    /** {@return the latest cause analysis (root cause and action), or empty if none yet} */
    public Optional<ActionStep.CauseAnalysed> analysis() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i) instanceof ActionStep.CauseAnalysed) {
                return Optional.of((ActionStep.CauseAnalysed) steps.get(i));
            }
        }
        return Optional.empty();
    }

    /** {@return the corrections recorded, oldest first} */
    public List<ActionStep.Corrected> corrections() {
        List<ActionStep.Corrected> out = new ArrayList<>();
        for (ActionStep s : steps) {
            if (s instanceof ActionStep.Corrected) {
                out.add((ActionStep.Corrected) s);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return the day it was closed, or empty if not closed} */
    public Optional<LocalDate> closedOn() {
        return state() == ActionState.CLOSED ? Optional.of(steps.get(steps.size() - 1).date()) : Optional.empty();
    }

    /**
     * Tells whether the action is overdue: still open or analysed (not implemented) and due before the day.
     *
     * @param asOf the day, not null
     * @return true if overdue
     */
    public boolean isOverdue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        ActionState s = state();
        return (s == ActionState.OPEN || s == ActionState.ANALYSED) && due.isBefore(asOf);
    }

    /**
     * Tells whether the action is overdue today.
     *
     * @param clock the clock giving today, not null
     * @return true if overdue
     */
    public boolean isOverdue(Clock clock) {
        return isOverdue(LocalDate.now(clock));
    }
}
