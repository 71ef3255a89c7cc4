// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who approved a Statement of Applicability and when; an approved statement has no undecided entry.
 *
 * @param approvedBy the approver (a person or a body, such as the risk owner or top management); a one-line text
 * @param date the day of approval
 * @since 0.2
 */
public record Approval(String approvedBy, LocalDate date) {

    /**
     * Validates the components.
     *
     * @param approvedBy the approver, not blank
     * @param date the day, not null
     */
    public Approval {
        Checks.notBlank(approvedBy, "approval approvedBy");
        Objects.requireNonNull(date, "approval date");
    }
}
