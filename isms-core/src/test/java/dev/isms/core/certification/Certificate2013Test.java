// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static dev.isms.core.certification.CertificationAuditKind.RECERTIFICATION;
import static dev.isms.core.certification.CertificationAuditKind.STAGE_2;
import static dev.isms.core.certification.CertificationAuditKind.TRANSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ISO/IEC 27001:2013 to 2022 transition, reported as of any day. */
class Certificate2013Test {
    private static final LocalDate ISSUED = LocalDate.of(2023, 6, 1);

    static Certificate old() {
        return Certificate.builder("C-13", "ISO/IEC 27001", "2013", ISSUED).scope("Data centre").body("Cert GmbH")
                .audit(CertificationAudit.of(STAGE_2, ISSUED.minusDays(20))).build();
    }

    @Test
    void validUntilTheEndOfTheTransitionAtTheLatest() {
        Certificate c = old();
        assertEquals(LocalDate.of(2026, 5, 31), c.expires());
        assertEquals(LocalDate.of(2025, 10, 31), c.effectiveExpiry());
        assertEquals(CertificateStatus.VALID, c.status(LocalDate.of(2025, 10, 31)));
        assertEquals(CertificateStatus.EXPIRED, c.status(LocalDate.of(2025, 11, 1)));
    }

    @Test
    void reportsTheTransitionAsOfAnyDay() {
        Certificate c = old();
        assertEquals(TransitionStatus.TRANSITION_REQUIRED, c.transition(LocalDate.of(2024, 1, 1)));
        assertEquals(TransitionStatus.TRANSITION_REQUIRED, c.transition(LocalDate.of(2025, 10, 31)));
        assertEquals(TransitionStatus.ENDED, c.transition(LocalDate.of(2025, 11, 1)));
        assertEquals(TransitionStatus.TRANSITIONED, c.record(CertificationAudit.of(TRANSITION,
                LocalDate.of(2025, 3, 3))).transition(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void addsTheTransitionDeadlineAndDropsDeadlinesAfterTheEffectiveExpiry() {
        List<String> ds = old().deadlines(LocalDate.of(2025, 9, 1)).stream().map(d -> d.kind().key() + " "
                + d.dueBy() + " " + d.status().key()).toList();
        assertEquals(List.of("surveillance-1 2024-06-01 overdue", "surveillance-2 2025-06-01 overdue",
                "transition 2025-10-31 due"), ds);
    }

    @Test
    void rejectsCertificationAuditsAgainst2013AfterApril2024AndIssuesAfterTheEnd() {
        assertEquals("certificate 'C-13' audit recertification on 2024-05-01 must be on or before 2024-04-30: no"
                + " initial or recertification audit against ISO/IEC 27001:2013 after that (IAF MD 26)",
                assertThrows(IllegalArgumentException.class, () -> old().record(CertificationAudit.of(RECERTIFICATION,
                        LocalDate.of(2024, 5, 1)))).getMessage());
        assertEquals("certificate 'C-14' issued must be on or before 2025-10-31 for ISO/IEC 27001:2013 but was"
                + " 2025-11-01", assertThrows(IllegalArgumentException.class, () -> Certificate.builder("C-14",
                        "ISO/IEC 27001", "2013", LocalDate.of(2025, 11, 1)).scope("s").body("b").build())
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> old().record(CertificationAudit.of(TRANSITION,
                LocalDate.of(2025, 11, 1))));
    }
}
