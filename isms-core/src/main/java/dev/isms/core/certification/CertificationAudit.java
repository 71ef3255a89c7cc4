// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An audit held by the certification body: its kind and its (last) day.
 *
 * @param kind the kind
 * @param date the day it was held, or its last day
 * @since 0.2
 */
public record CertificationAudit(CertificationAuditKind kind, LocalDate date) {

    /**
     * Validates the components.
     *
     * @param kind the kind, not null
     * @param date the day, not null
     */
    public CertificationAudit {
        Objects.requireNonNull(kind, "certification audit kind");
        Objects.requireNonNull(date, "certification audit date");
    }

    /**
     * Creates an audit record.
     *
     * @param kind the kind, not null
     * @param date the day, not null
     * @return the record
     */
    public static CertificationAudit of(CertificationAuditKind kind, LocalDate date) {
        return new CertificationAudit(kind, date);
    }
}
