// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static dev.isms.core.certification.CertificationAuditKind.RECERTIFICATION;
import static dev.isms.core.certification.CertificationAuditKind.STAGE_1;
import static dev.isms.core.certification.CertificationAuditKind.STAGE_2;
import static dev.isms.core.certification.CertificationAuditKind.SURVEILLANCE_1;
import static dev.isms.core.certification.CertificationAuditKind.SURVEILLANCE_2;
import static dev.isms.core.certification.CertificationAuditKind.TRANSITION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateTest {
    static final LocalDate ISSUED = LocalDate.of(2026, 5, 4);

    static Certificate initial() {
        return Certificate.builder("C-1", "ISO/IEC 27001", "2022", ISSUED).scope("SaaS platform").body("Cert GmbH")
                .audit(CertificationAudit.of(STAGE_1, ISSUED.minusMonths(2)))
                .audit(CertificationAudit.of(STAGE_2, ISSUED.minusDays(14))).build();
    }

    private static String fails(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    private static List<String> summary(List<Deadline> ds) {
        return ds.stream().map(d -> d.kind().key() + " " + d.dueBy() + " " + d.status().key()).toList();
    }

    @Test
    void isValidForThreeYearsLessADay() {
        Certificate c = initial();
        assertEquals(LocalDate.of(2029, 5, 3), c.expires());
        assertEquals(CertificateStatus.NOT_YET_VALID, c.status(ISSUED.minusDays(1)));
        assertEquals(CertificateStatus.VALID, c.status(c.expires()));
        assertEquals(CertificateStatus.EXPIRED, c.status(c.expires().plusDays(1)));
        assertEquals(TransitionStatus.NOT_AFFECTED, c.transition(ISSUED));
    }

    @Test
    void schedulesSurveillanceInYearsOneAndTwoAndRecertificationBeforeExpiry() {
        Certificate c = initial();
        assertEquals(List.of("surveillance-1 2027-05-04 upcoming", "surveillance-2 2028-05-04 upcoming",
                "recertification 2029-05-03 upcoming"), summary(c.deadlines(ISSUED)));
        assertEquals(List.of("surveillance-1 2027-05-04 due"), summary(c.due(LocalDate.of(2027, 2, 3))));
        assertEquals(List.of(), c.due(LocalDate.of(2027, 2, 2)));
        assertEquals(List.of("surveillance-1 2027-05-04 overdue"), summary(c.due(LocalDate.of(2027, 5, 5))));
        Certificate audited = c.record(CertificationAudit.of(SURVEILLANCE_1, LocalDate.of(2027, 4, 20)));
        assertEquals(List.of("surveillance-1 2027-05-04 done", "surveillance-2 2028-05-04 upcoming",
                "recertification 2029-05-03 upcoming"), summary(audited.deadlines(LocalDate.of(2027, 5, 5))));
        assertEquals(Optional.of(LocalDate.of(2027, 4, 20)), audited.deadlines(ISSUED).get(0).held());
    }

    @Test
    void answersWhatIsDueThroughAnInjectedClock() {
        Clock clock = Clock.fixed(LocalDate.of(2027, 5, 5).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertEquals(List.of("surveillance-1 2027-05-04 overdue"), summary(initial().due(clock)));
    }

    @Test
    void answersWhatIsDueByTheSystemClock() {
        Certificate lapsed = Certificate2013Test.old();
        assertEquals(lapsed.due(LocalDate.now()), lapsed.due());
        assertEquals(List.of("surveillance-1 2024-06-01 overdue", "surveillance-2 2025-06-01 overdue",
                "transition 2025-10-31 overdue"), summary(lapsed.due(LocalDate.of(2026, 1, 1))));
    }

    @Test
    void listsDeadlinesInDateOrderEvenWhenAnAuditWasHeldAheadOfAShortValidity() {
        Certificate shortCycle = Certificate.builder("C-3", "ISO/IEC 27001", "2022", ISSUED).scope("s").body("b")
                .expires(LocalDate.of(2027, 3, 1)).audit(CertificationAudit.of(STAGE_2, ISSUED.minusDays(14)))
                .audit(CertificationAudit.of(SURVEILLANCE_1, LocalDate.of(2027, 2, 1))).build();
        assertEquals(List.of("recertification 2027-03-01 upcoming", "surveillance-1 2027-05-04 done"),
                summary(shortCycle.deadlines(ISSUED)));
    }

    @Test
    void rejectsSurveillanceAuditsOutOfOrder() {
        assertEquals("certificate 'C-1' audit surveillance-2 on 2027-04-01 must not be before surveillance-1 on"
                + " 2027-06-01", fails(() -> initial().record(CertificationAudit.of(SURVEILLANCE_1,
                        LocalDate.of(2027, 6, 1))).record(CertificationAudit.of(SURVEILLANCE_2,
                        LocalDate.of(2027, 4, 1)))));
    }

    @Test
    void renewsBeforeExpiryWithTheNewExpiryBasedOnTheOldOne() {
        Certificate c = initial().record(CertificationAudit.of(SURVEILLANCE_1, LocalDate.of(2027, 4, 1)))
                .record(CertificationAudit.of(SURVEILLANCE_2, LocalDate.of(2028, 4, 1)))
                .record(CertificationAudit.of(RECERTIFICATION, LocalDate.of(2029, 2, 10)));
        Certificate next = c.renew(LocalDate.of(2029, 3, 15));
        assertEquals(LocalDate.of(2032, 5, 3), next.expires());
        assertEquals(Optional.of(c.expires()), next.previousExpiry());
        assertEquals(List.of(), next.audits());
        assertEquals(LocalDate.of(2030, 3, 15), next.deadlines(next.issued()).get(0).dueBy());
    }

    @Test
    void refusesToRenewWithoutRecertificationOrAfterExpiry() {
        assertEquals("certificate 'C-1' renewal needs a recertification audit but none was held", assertThrows(
                IllegalStateException.class, () -> initial().renew(ISSUED.plusYears(2))).getMessage());
        Certificate c = initial().record(CertificationAudit.of(RECERTIFICATION, LocalDate.of(2029, 2, 10)));
        assertEquals("certificate 'C-1' renewal decision must be between the recertification audit 2029-02-10 and the"
                + " expiry 2029-05-03 but was 2029-05-04", assertThrows(IllegalStateException.class,
                        () -> c.renew(LocalDate.of(2029, 5, 4))).getMessage());
    }

    @Test
    void rejectsValiditiesLongerThanThreeYears() {
        assertEquals("certificate 'C-1' expires must be at most three years after the issue day 2026-05-04 but was"
                + " 2029-05-05", fails(() -> Certificate.builder("C-1", "ISO/IEC 27001", "2022", ISSUED).scope("s")
                        .body("b").expires(LocalDate.of(2029, 5, 5)).build()));
        assertEquals("certificate 'C-1' expires must be after the issue day 2026-05-04 but was 2026-05-04",
                fails(() -> Certificate.builder("C-1", "ISO/IEC 27001", "2022", ISSUED).scope("s").body("b")
                        .expires(ISSUED).build()));
        assertEquals("certificate 'C-1' renewing a certificate that expires 2026-05-01 must be issued on or before that"
                + " day and expire after it but was issued 2026-05-04, expiring 2029-05-01", fails(() -> Certificate
                        .builder("C-1", "ISO/IEC 27001", "2022", ISSUED).scope("s").body("b")
                        .renews(LocalDate.of(2026, 5, 1)).build()));
    }

    @Test
    void rejectsAuditsOutsideTheirWindowsOrRepeated() {
        Certificate c = initial();
        assertEquals("certificate 'C-1' audit stage-1 on 2026-03-04 must be held once per cycle but is recorded twice",
                fails(() -> c.record(CertificationAudit.of(STAGE_1, ISSUED.minusMonths(2)))));
        assertEquals("certificate 'C-1' audit surveillance-1 on 2026-05-03 must be within the validity"
                + " 2026-05-04..2029-05-03", fails(() -> c.record(CertificationAudit.of(SURVEILLANCE_1,
                        ISSUED.minusDays(1)))));
        assertEquals("certificate 'C-1' audit stage-2 on 2026-05-05 must be on or before the issue day 2026-05-04",
                fails(() -> Certificate.builder("C-1", "ISO/IEC 27001", "2022", ISSUED).scope("s").body("b")
                        .audit(CertificationAudit.of(STAGE_2, ISSUED.plusDays(1))).build()));
        assertEquals("certificate 'C-1' audit stage-2 on 2026-01-01 must not be before stage-1 on 2026-02-01",
                fails(() -> Certificate.builder("C-1", "ISO/IEC 27001", "2022", ISSUED).scope("s").body("b")
                        .audit(CertificationAudit.of(STAGE_1, LocalDate.of(2026, 2, 1)))
                        .audit(CertificationAudit.of(STAGE_2, LocalDate.of(2026, 1, 1))).build()));
        assertTrue(fails(() -> Certificate.builder("C-2", "ISO/IEC 27001", "2022", ISSUED).scope("s").body("b")
                .renews(ISSUED.plusDays(1)).audit(CertificationAudit.of(STAGE_1, ISSUED)).build())
                .endsWith("must belong to an initial certification but this certificate renews one"));
        assertTrue(fails(() -> c.record(CertificationAudit.of(TRANSITION, ISSUED.plusDays(1))))
                .endsWith("but the certificate is of another edition"));
        assertEquals("certificate 'C-1' builder needs a scope and a body", assertThrows(IllegalStateException.class,
                () -> Certificate.builder("C-1", "ISO/IEC 27001", "2022", ISSUED).build()).getMessage());
    }
}
