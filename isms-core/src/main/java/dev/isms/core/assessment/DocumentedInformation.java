// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A document the organisation holds to meet a clause that requires documented information, such as the ISMS
 * scope for clause 4.3 or the Statement of Applicability for 6.1.3.
 *
 * @param clause the clause it meets, such as {@code 4.3}
 * @param title the document's title; a one-line text
 * @param owner who maintains it; a one-line text
 * @param nextReview the day it is next due for review; past it, the document is out of date
 * @since 0.2
 */
public record DocumentedInformation(ControlId clause, String title, String owner, LocalDate nextReview) {

    /**
     * Validates the components.
     *
     * @param clause the clause, not null
     * @param title the title, not blank
     * @param owner the owner, not blank
     * @param nextReview the next review day, not null
     */
    public DocumentedInformation {
        Objects.requireNonNull(clause, "documented information clause");
        Checks.notBlank(title, "documented information title");
        String label = Values.label("documented information", title);
        Checks.notBlank(owner, label + " owner");
        Objects.requireNonNull(nextReview, label + " nextReview");
    }

    /**
     * Creates a document record.
     *
     * @param clause the clause id, such as {@code "4.3"}
     * @param title the title, not blank
     * @param owner the owner, not blank
     * @param nextReview the next review day, not null
     * @return the record
     */
    public static DocumentedInformation of(String clause, String title, String owner, LocalDate nextReview) {
        return new DocumentedInformation(ControlId.parse(clause), title, owner, nextReview);
    }

    /**
     * Tells whether the document is past its review day.
     *
     * @param asOf the day, not null
     * @return true if {@link #nextReview()} lies before {@code asOf}
     */
    public boolean isOutOfDate(LocalDate asOf) {
        return nextReview.isBefore(Objects.requireNonNull(asOf, "asOf"));
    }
}
