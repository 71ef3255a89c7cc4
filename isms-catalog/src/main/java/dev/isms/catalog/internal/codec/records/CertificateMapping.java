// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.certification.Certificate;
import dev.isms.core.certification.CertificationAudit;
import dev.isms.core.certification.CertificationAuditKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

// Maps dev.isms.core.certification.Certificate and back. The cycle's rules (validity, audit windows, the 2013
// transition) involve several members; the certificate's own checks report them at the certificate's pointer.
final class CertificateMapping {
    static final String FORMAT = "isms-certificate";

    private CertificateMapping() {
    }

    static CertificateDto toDto(Certificate c) {
        return new CertificateDto(c.number(), c.standard(), c.edition(), c.scope(), c.body(), Dtos.day(c.issued()),
                Dtos.day(c.expires()), Dtos.day(c.previousExpiry()), Dtos.list(c.audits(), a ->
                        new CertificationAuditDto(a.kind().key(), Dtos.day(a.date()))));
    }

    /** {@return the certificate}, or null after reporting every problem */
    static Certificate toCertificate(CertificateDto d, At at) {
        String number = at.name(d.number(), "number");
        String standard = at.name(d.standard(), "standard");
        String edition = at.name(d.edition(), "edition");
        String scope = at.text(d.scope(), "scope");
        String body = at.name(d.body(), "body");
        LocalDate issued = at.date(d.issued(), "issued");
        LocalDate expires = at.date(d.expires(), "expires");
        LocalDate previous = at.date(d.previousExpiry(), "previousExpiry");
        List<CertificationAudit> audits = at.objects(d.audits(), "audits", CertificateMapping::audit);
        if (!at.clean() || number == null || standard == null || edition == null || scope == null || body == null
                || issued == null || expires == null) {
            return null;
        }
        return at.build(() -> new Certificate(number, standard, edition, scope, body, issued, expires,
                Optional.ofNullable(previous), audits));
    }

    private static CertificationAudit audit(CertificationAuditDto d, At at) {
        CertificationAuditKind kind = at.key(CertificationAuditKind.class, d.kind(), "kind");
        LocalDate date = at.date(d.date(), "date");
        return kind == null || date == null ? null : CertificationAudit.of(kind, date);
    }
}
