// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One audit finding: its grade, what it is about, what was found, and when.
 *
 * @param id the id, unique in its register; a one-line text
 * @param auditId the id of the audit that found it
 * @param grade major or minor nonconformity, observation, or opportunity for improvement
 * @param subject the clause, control or applied control it is about
 * @param statement what was found, with the evidence seen; may span lines
 * @param date the day it was raised
 * @since 0.2
 */
public record Finding(String id, String auditId, FindingGrade grade, FindingSubject subject, String statement,
        LocalDate date) {

    /**
     * Validates the components.
     *
     * @param id the id, not blank
     * @param auditId the audit's id, not blank
     * @param grade the grade, not null
     * @param subject the subject, not null
     * @param statement the statement, not blank
     * @param date the day, not null
     * @throws IllegalArgumentException naming the finding, the field and the value
     */
    public Finding {
        Checks.notBlank(id, "finding id");
        String label = Values.label("finding", id);
        Checks.notBlank(auditId, label + " auditId");
        Objects.requireNonNull(grade, label + " grade");
        Objects.requireNonNull(subject, label + " subject");
        Checks.text(statement, label + " statement");
        Objects.requireNonNull(date, label + " date");
    }
}
