// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.requirement.Requirement;
import java.util.List;
import java.util.Objects;

/**
 * The state, as of a day, of the documented information one clause requires: present, missing or out of date,
 * with the documents held (each with its owner and next review day).
 *
 * @param clause the clause that requires documented information
 * @param status the state
 * @param documents the documents held for it, in the order given; empty when missing
 * @since 0.2
 */
public record DocumentCheck(Requirement clause, DocumentStatus status, List<DocumentedInformation> documents) {

    /**
     * Validates and copies the components.
     *
     * @param clause the clause, not null
     * @param status the status, not null
     * @param documents the documents, not null; empty exactly when missing
     * @throws IllegalArgumentException if the status contradicts the documents
     */
    public DocumentCheck {
        Objects.requireNonNull(clause, "document check clause");
        Objects.requireNonNull(status, "document check status");
        documents = List.copyOf(documents);
        if (documents.isEmpty() != (status == DocumentStatus.MISSING)) {
            throw new IllegalArgumentException("document check " + clause.id() + " status must be missing exactly"
                    + " when no document is held but was " + status.key() + " with " + documents.size()
                    + " documents");
        }
    }
}
