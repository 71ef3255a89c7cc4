// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit the certification cycle requires, its deadline, and where it stands as of a day.
 *
 * @param kind the audit
 * @param dueBy the last day it may be held
 * @param status where it stands
 * @param held the day it was held, present exactly when {@code status} is {@link DeadlineStatus#DONE}
 * @since 0.2
 */
public record Deadline(CertificationAuditKind kind, LocalDate dueBy, DeadlineStatus status,
        Optional<LocalDate> held) {

    /**
     * Validates the components.
     *
     * @param kind the kind, not null
     * @param dueBy the deadline, not null
     * @param status the status, not null
     * @param held the day held, present exactly when done
     * @throws IllegalArgumentException if {@code held} contradicts the status
     */
    public Deadline {
        Objects.requireNonNull(kind, "deadline kind");
        Objects.requireNonNull(dueBy, "deadline dueBy");
        Objects.requireNonNull(status, "deadline status");
        Objects.requireNonNull(held, "deadline held");
        if (held.isPresent() != (status == DeadlineStatus.DONE)) {
            throw new IllegalArgumentException("deadline " + kind.key() + " held must be present exactly when done"
                    + " but status was " + status.key() + " and held " + held);
        }
    }
}
