// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a piece of evidence kept elsewhere: what it is, where it is, when it was produced and, for
 * evidence that goes stale (a penetration test, a certificate, an access review), when it expires.
 *
 * <p>Applied controls, Statement of Applicability entries, assessment results and asset disposals cite evidence
 * with this one type. The library never holds the evidence itself.
 *
 * @param what what the evidence is, such as {@code "Penetration test report 2026"}; a one-line text
 * @param where where it is kept: a URL, a path or a document reference; a one-line text
 * @param date the day it was produced or collected
 * @param expiry the last day it is valid, or empty if it does not expire; never before {@code date}
 * @since 0.2
 */
public record Evidence(String what, String where, LocalDate date, Optional<LocalDate> expiry) {

    /**
     * Validates the components.
     *
     * @param what what the evidence is, not blank
     * @param where where it is kept, not blank
     * @param date the day it was produced, not null
     * @param expiry the last day it is valid, or empty; not before {@code date}
     * @throws IllegalArgumentException if a text is blank or holds control characters, or the expiry is before the
     *         date
     */
    public Evidence {
        Checks.notBlank(what, "evidence what");
        Checks.notBlank(where, "evidence " + Checks.quote(what) + " where");
        Objects.requireNonNull(date, "evidence date");
        Objects.requireNonNull(expiry, "evidence expiry");
        expiry.ifPresent(e -> Values.notBefore(e, date, "evidence " + Checks.quote(what) + " expiry", "its date"));
    }

    /**
     * Creates evidence that does not expire.
     *
     * @param what what it is, not blank
     * @param where where it is kept, not blank
     * @param date the day it was produced, not null
     * @return the evidence
     */
    public static Evidence of(String what, String where, LocalDate date) {
        return new Evidence(what, where, date, Optional.empty());
    }

    /**
     * Creates evidence valid until a day.
     *
     * @param what what it is, not blank
     * @param where where it is kept, not blank
     * @param date the day it was produced, not null
     * @param expiry the last day it is valid, not before {@code date}
     * @return the evidence
     */
    public static Evidence of(String what, String where, LocalDate date, LocalDate expiry) {
        return new Evidence(what, where, date, Optional.of(expiry));
    }

    /**
     * Tells whether the evidence has expired: it has an expiry and that day lies before {@code asOf} (evidence is
     * valid through its expiry day).
     *
     * @param asOf the day of the question, not null
     * @return true if expired as of that day
     */
    public boolean isExpired(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return expiry.isPresent() && expiry.get().isBefore(asOf);
    }
}
