// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validity and audit rules of a {@link Certificate}, apart so that the record stays readable. */
final class CertificateRules {
    private CertificateRules() {
    }

    static void checkValidity(String label, LocalDate issued, LocalDate expires, Optional<LocalDate> previousExpiry) {
        if (!expires.isAfter(issued)) {
            throw new IllegalArgumentException(label + " expires must be after the issue day " + issued + " but was "
                    + expires);
        }
        LocalDate base = previousExpiry.orElse(issued);
        if (expires.isAfter(base.plusYears(3))) {
            throw new IllegalArgumentException(label + " expires must be at most three years after "
                    + (previousExpiry.isPresent() ? "the previous expiry " : "the issue day ") + base + " but was "
                    + expires);
        }
        if (previousExpiry.isPresent() && (issued.isAfter(base) || !expires.isAfter(base))) {
            throw new IllegalArgumentException(label + " renewing a certificate that expires " + base + " must be"
                    + " issued on or before that day and expire after it but was issued " + issued + ", expiring "
                    + expires);
        }
    }

    /** The facts of a certificate its audits are checked against. */
    record Cycle(LocalDate issued, LocalDate expires, boolean renewal, boolean iso2013) {
    }

    static void checkAudits(String label, Cycle c, List<CertificationAudit> audits) {
        Map<CertificationAuditKind, LocalDate> seen = new EnumMap<>(CertificationAuditKind.class);
        for (CertificationAudit a : audits) {
            String field = label + " audit " + a.kind().key() + " on " + a.date();
            if (seen.put(a.kind(), a.date()) != null) {
                throw new IllegalArgumentException(field + " must be held once per cycle but is recorded twice");
            }
            boolean initial = a.kind() == CertificationAuditKind.STAGE_1 || a.kind() == CertificationAuditKind.STAGE_2;
            if (initial && c.renewal()) {
                throw new IllegalArgumentException(field + " must belong to an initial certification but this"
                        + " certificate renews one");
            }
            boolean outside = initial ? a.date().isAfter(c.issued())
                    : (a.date().isBefore(c.issued()) || a.date().isAfter(c.expires()));
            if (outside) {
                throw new IllegalArgumentException(field + " must be " + (initial ? "on or before the issue day "
                        + c.issued() : "within the validity " + c.issued() + ".." + c.expires()));
            }
            checkTransition(field, c, a);
        }
        order(label, seen, CertificationAuditKind.STAGE_1, CertificationAuditKind.STAGE_2);
        order(label, seen, CertificationAuditKind.SURVEILLANCE_1, CertificationAuditKind.SURVEILLANCE_2);
    }

    private static void checkTransition(String field, Cycle c, CertificationAudit a) {
        boolean old = c.iso2013();
        if (a.kind() == CertificationAuditKind.TRANSITION && (!old || a.date().isAfter(Transition.END))) {
            throw new IllegalArgumentException(field + " must transition an ISO/IEC 27001:2013 certificate on or"
                    + " before " + Transition.END + (old ? "" : " but the certificate is of another edition"));
        }
        boolean certifying = a.kind() == CertificationAuditKind.STAGE_2
                || a.kind() == CertificationAuditKind.RECERTIFICATION;
        if (old && certifying && a.date().isAfter(Transition.LAST_2013_AUDIT)) {
            throw new IllegalArgumentException(field + " must be on or before " + Transition.LAST_2013_AUDIT
                    + ": no initial or recertification audit against ISO/IEC 27001:2013 after that (IAF MD 26)");
        }
    }

    private static void order(String label, Map<CertificationAuditKind, LocalDate> seen, CertificationAuditKind first,
            CertificationAuditKind second) {
        LocalDate a = seen.get(first);
        LocalDate b = seen.get(second);
        if (a != null && b != null && b.isBefore(a)) {
            throw new IllegalArgumentException(label + " audit " + second.key() + " on " + b + " must not be before "
                    + first.key() + " on " + a);
        }
    }

}
