// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

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
 * An ISMS certificate and its three-year cycle (ISO/IEC 17021-1:2015 clause 9.1.3): standard and edition, scope,
 * certification body, issue day (the certification decision), expiry, and the audits held, with what is due or
 * overdue on any day.
 *
 * <pre>{@code
 * Certificate c = Certificate.builder("C-1", "ISO/IEC 27001", "2022", LocalDate.of(2026, 5, 4))
 *         .scope("SaaS platform").body("Example Cert GmbH")
 *         .audit(CertificationAudit.of(CertificationAuditKind.STAGE_2, LocalDate.of(2026, 4, 20))).build();
 * c.due(clock);   // the audits due or overdue today
 * }</pre>
 *
 * <p>Rules: the expiry is after the issue day and at most three years after it, or, for a certificate renewed
 * before the old one expired, at most three years after the old expiry (the issue day on or before it). Each audit
 * is held once per cycle; stage 1 and 2 on or before the issue day and only for an initial certification, the
 * others within the validity; stage 1 before stage 2, surveillance 1 before 2. For ISO/IEC 27001:2013: no stage 2
 * or recertification audit after 2024-04-30, no issue after 2025-10-31, the transition audit by 2025-10-31, and
 * validity ending no later than 2025-10-31 ({@link #effectiveExpiry()}).
 *
 * <p>Deadlines: surveillance 1 by 12 months after the issue day, surveillance 2 by 24 months, recertification by
 * the expiry, and for a 2013 certificate the transition audit by 2025-10-31; deadlines after the effective expiry
 * are dropped. A deadline is due within {@value #DUE_WINDOW_DAYS} days of it.
 *
 * @param number the certificate number; a one-line text
 * @param standard the standard, such as {@code "ISO/IEC 27001"}; a one-line text
 * @param edition the edition, such as {@code "2022"}; a one-line text
 * @param scope the certified scope; may span lines
 * @param body the certification body; a one-line text
 * @param issued the issue day: the certification (or recertification) decision
 * @param expires the expiry day
 * @param previousExpiry the expiry of the certificate this one renews before it expired, or empty for an initial
 *        certification
 * @param audits the audits held in this cycle, in the order given
 * @since 0.2
 */
public record Certificate(String number, String standard, String edition, String scope, String body,
        LocalDate issued, LocalDate expires, Optional<LocalDate> previousExpiry, List<CertificationAudit> audits) {

    /** How many days before its deadline an audit is due. */
    public static final int DUE_WINDOW_DAYS = 90;

    /**
     * Validates and copies the components.
     *
     * @param number the number, not blank
     * @param standard the standard, not blank
     * @param edition the edition, not blank
     * @param scope the scope, not blank
     * @param body the body, not blank
     * @param issued the issue day, not null
     * @param expires the expiry, after {@code issued}, at most three years after it or after {@code previousExpiry}
     * @param previousExpiry the renewed certificate's expiry, or empty
     * @param audits the audits, each kind once, dated as the class describes
     * @throws IllegalArgumentException naming the certificate, the field and the value
     */
    public Certificate {
        Checks.notBlank(number, "certificate number");
        String label = Values.label("certificate", number);
        Checks.notBlank(standard, label + " standard");
        Checks.notBlank(edition, label + " edition");
        Checks.text(scope, label + " scope");
        Checks.notBlank(body, label + " body");
        Objects.requireNonNull(issued, label + " issued");
        Objects.requireNonNull(expires, label + " expires");
        Objects.requireNonNull(previousExpiry, label + " previousExpiry");
        CertificateRules.checkValidity(label, issued, expires, previousExpiry);
        if (Transition.affects(standard, edition) && issued.isAfter(Transition.END)) {
            throw new IllegalArgumentException(label + " issued must be on or before " + Transition.END
                    + " for ISO/IEC 27001:2013 but was " + issued);
        }
        audits = List.copyOf(audits);
        CertificateRules.checkAudits(label, new CertificateRules.Cycle(issued, expires, previousExpiry.isPresent(),
                Transition.affects(standard, edition)), audits);
    }

    /**
     * Starts a certificate; the expiry defaults to three years after the issue day, less one day.
     *
     * @param number the number, not blank
     * @param standard the standard, such as {@code "ISO/IEC 27001"}, not blank
     * @param edition the edition, such as {@code "2022"}, not blank
     * @param issued the issue day, not null
     * @return a builder
     */
    public static Builder builder(String number, String standard, String edition, LocalDate issued) {
        return new Builder(number, standard, edition, issued);
    }

    /** {@return true for an ISO/IEC 27001:2013 certificate, which the transition ended} */
    public boolean isIso27001_2013() {
        return Transition.affects(standard, edition);
    }

    /** {@return the last valid day: the expiry, or for ISO/IEC 27001:2013 no later than 2025-10-31} */
    public LocalDate effectiveExpiry() {
        return isIso27001_2013() && expires.isAfter(Transition.END) ? Transition.END : expires;
    }

    /**
     * Returns whether the certificate is valid on a day.
     *
     * @param asOf the day, not null
     * @return not yet valid, valid, or expired
     */
    public CertificateStatus status(LocalDate asOf) {
        return asOf.isBefore(issued) ? CertificateStatus.NOT_YET_VALID
                : asOf.isAfter(effectiveExpiry()) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    /**
     * Returns where the certificate stands in the 2013 to 2022 transition on a day.
     *
     * @param asOf the day, not null
     * @return not affected, transition required, transitioned, or ended
     */
    public TransitionStatus transition(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (!isIso27001_2013()) {
            return TransitionStatus.NOT_AFFECTED;
        }
        if (held(CertificationAuditKind.TRANSITION).isPresent()) {
            return TransitionStatus.TRANSITIONED;
        }
        return asOf.isAfter(Transition.END) ? TransitionStatus.ENDED : TransitionStatus.TRANSITION_REQUIRED;
    }

    /**
     * Returns the day an audit of a kind was held in this cycle.
     *
     * @param kind the kind, not null
     * @return the day, or empty
     */
    public Optional<LocalDate> held(CertificationAuditKind kind) {
        Objects.requireNonNull(kind, "kind");
        for (CertificationAudit a : audits) {
            if (a.kind() == kind) {
                return Optional.of(a.date());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the certificate with one more audit recorded.
     *
     * @param audit the audit, not null
     * @return the new certificate
     * @throws IllegalArgumentException if the audit breaks a rule (a repeat, a day outside its window, a 2013
     *         audit after the transition dates)
     */
    public Certificate record(CertificationAudit audit) {
        List<CertificationAudit> copy = new ArrayList<>(audits);
        copy.add(Objects.requireNonNull(audit, "audit"));
        return new Certificate(number, standard, edition, scope, body, issued, expires, previousExpiry, copy);
    }

    /**
     * Returns the certificate of the next cycle, after a recertification decision on or before the expiry: the
     * new expiry is three years after the current one, and the new cycle has no audits yet.
     *
     * @param decision the day of the recertification decision, not before the recertification audit
     * @return the renewed certificate
     * @throws IllegalStateException if no recertification audit was held, or the decision comes before it or after
     *         the effective expiry (then a new initial certification is needed)
     */
    public Certificate renew(LocalDate decision) {
        Objects.requireNonNull(decision, "decision");
        LocalDate audited = held(CertificationAuditKind.RECERTIFICATION).orElseThrow(() -> new IllegalStateException(
                Values.label("certificate", number) + " renewal needs a recertification audit but none was held"));
        if (decision.isBefore(audited) || decision.isAfter(effectiveExpiry())) {
            throw new IllegalStateException(Values.label("certificate", number) + " renewal decision must be between"
                    + " the recertification audit " + audited + " and the expiry " + effectiveExpiry() + " but was "
                    + decision);
        }
        return new Certificate(number, standard, edition, scope, body, decision, expires.plusYears(3),
                Optional.of(expires), List.of());
    }

    /**
     * Lists the audits this cycle requires and where each stands on a day.
     *
     * @param asOf the day, not null
     * @return the deadlines, in deadline order
     */
    public List<Deadline> deadlines(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Deadline> out = new ArrayList<>();
        add(out, CertificationAuditKind.SURVEILLANCE_1, issued.plusMonths(12), asOf);
        add(out, CertificationAuditKind.SURVEILLANCE_2, issued.plusMonths(24), asOf);
        if (isIso27001_2013()) {
            add(out, CertificationAuditKind.TRANSITION, Transition.END, asOf);
        }
        add(out, CertificationAuditKind.RECERTIFICATION, expires, asOf);
        out.sort((a, b) -> a.dueBy().compareTo(b.dueBy()));
        return Collections.unmodifiableList(out);
    }

    private void add(List<Deadline> out, CertificationAuditKind kind, LocalDate dueBy, LocalDate asOf) {
        Optional<LocalDate> done = held(kind);
        if (dueBy.isAfter(effectiveExpiry()) && done.isEmpty()) {
            return;
        }
        DeadlineStatus s = done.isPresent() ? DeadlineStatus.DONE : dueBy.isBefore(asOf) ? DeadlineStatus.OVERDUE
                : dueBy.minusDays(DUE_WINDOW_DAYS).isAfter(asOf) ? DeadlineStatus.UPCOMING : DeadlineStatus.DUE;
        out.add(new Deadline(kind, dueBy, s, done));
    }

    /**
     * Lists the audits due or overdue today.
     *
     * @param clock the clock giving today, not null
     * @return the deadlines that are due or overdue, in deadline order
     */
    public List<Deadline> due(Clock clock) {
        return due(LocalDate.now(clock));
    }

    /**
     * Lists the audits due or overdue today, by the system clock in the default time zone.
     *
     * @return the deadlines that are due or overdue, in deadline order
     */
    public List<Deadline> due() {
        return due(Clock.systemDefaultZone());
    }

    /**
     * Lists the audits due or overdue on a day.
     *
     * @param asOf the day, not null
     * @return the deadlines that are due or overdue, in deadline order
     */
    public List<Deadline> due(LocalDate asOf) {
        List<Deadline> out = new ArrayList<>();
        for (Deadline d : deadlines(asOf)) {
            if (d.status() == DeadlineStatus.DUE || d.status() == DeadlineStatus.OVERDUE) {
                out.add(d);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Collects a {@link Certificate}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String number;
        private final String standard;
        private final String edition;
        private final LocalDate issued;
        private String scope;
        private String body;
        private LocalDate expires;
        private LocalDate previousExpiry;
        private final List<CertificationAudit> audits = new ArrayList<>();

        private Builder(String number, String standard, String edition, LocalDate issued) {
            this.number = number;
            this.standard = standard;
            this.edition = edition;
            this.issued = Objects.requireNonNull(issued, "issued");
        }

        /**
         * Sets the certified scope.
         *
         * @param value the scope, not blank
         * @return this builder
         */
        public Builder scope(String value) {
            this.scope = Objects.requireNonNull(value, "scope");
            return this;
        }

        /**
         * Sets the certification body.
         *
         * @param value the body, not blank
         * @return this builder
         */
        public Builder body(String value) {
            this.body = Objects.requireNonNull(value, "body");
            return this;
        }

        /**
         * Sets the expiry (default: three years after the issue day, less one day; for a renewal three years after
         * the previous expiry).
         *
         * @param value the expiry, not null
         * @return this builder
         */
        public Builder expires(LocalDate value) {
            this.expires = Objects.requireNonNull(value, "expires");
            return this;
        }

        /**
         * Marks the certificate as renewing one that expires on a day, its recertification completed before then.
         *
         * @param value the previous certificate's expiry, not null
         * @return this builder
         */
        public Builder renews(LocalDate value) {
            this.previousExpiry = Objects.requireNonNull(value, "previousExpiry");
            return this;
        }

        /**
         * Records an audit held.
         *
         * @param audit the audit, not null
         * @return this builder
         */
        public Builder audit(CertificationAudit audit) {
            audits.add(Objects.requireNonNull(audit, "audit"));
            return this;
        }

        /**
         * {@return the certificate}
         *
         * @throws IllegalArgumentException if a rule of {@link Certificate} is broken
         * @throws IllegalStateException if the scope or the body was not set
         */
        public Certificate build() {
            if (scope == null || body == null) {
                throw new IllegalStateException(Values.label("certificate", String.valueOf(number)) + " builder needs"
                        + " a scope and a body");
            }
            LocalDate end = expires != null ? expires
                    : previousExpiry != null ? previousExpiry.plusYears(3) : issued.plusYears(3).minusDays(1);
            return new Certificate(number, standard, edition, scope, body, issued, end,
                    Optional.ofNullable(previousExpiry), audits);
        }
    }
}
