// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision of a management review (ISO/IEC 27001:2022 clause 9.3.3): a continual-improvement opportunity taken
 * up, or a change needed to the ISMS, with an owner and a due day when action follows.
 *
 * @param kind improvement or change
 * @param description the decision; may span lines
 * @param owner who carries it out, or empty
 * @param due by when, or empty
 * @since 0.2
 */
public record ReviewDecision(Kind kind, String description, Optional<String> owner, Optional<LocalDate> due) {

    /**
     * Validates the components.
     *
     * @param kind the kind, not null
     * @param description the description, not blank
     * @param owner the owner, or empty; a one-line text
     * @param due the due day, or empty
     */
    public ReviewDecision {
        Objects.requireNonNull(kind, "review decision kind");
        Checks.text(description, "review decision description");
        Values.optionalName(owner, "review decision owner");
        Objects.requireNonNull(due, "review decision due");
    }

    /**
     * Creates a decision without owner or due day.
     *
     * @param kind the kind, not null
     * @param description the description, not blank
     * @return the decision
     */
    public static ReviewDecision of(Kind kind, String description) {
        return new ReviewDecision(kind, description, Optional.empty(), Optional.empty());
    }

    /**
     * Returns a copy with an owner and a due day.
     *
     * @param who the owner, not blank
     * @param day the due day, not null
     * @return the copy
     */
    public ReviewDecision assignedTo(String who, LocalDate day) {
        return new ReviewDecision(kind, description, Optional.of(who), Optional.of(day));
    }

    /** What a management review decides about (clause 9.3.3). */
    public enum Kind {
        /** A continual-improvement opportunity. */
        CONTINUAL_IMPROVEMENT,
        /** A change needed to the ISMS. */
        ISMS_CHANGE
    }
}
