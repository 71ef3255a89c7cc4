// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.Fernhill.iso;

import dev.isms.core.audit.Audit;
import dev.isms.core.audit.AuditProgramme;
import dev.isms.core.audit.AuditScope;
import dev.isms.core.audit.Auditor;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingGrade;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.FindingSubject;
import java.time.LocalDate;
import java.util.List;

/**
 * Fernhill's internal audit programme over the certification cycle (ISO/IEC 27001:2022 9.2), the September 2026
 * audit's findings (a major and two minor nonconformities, an observation, an opportunity for improvement) and the
 * corrective actions (10.2): one closed after an effectiveness review, one awaiting review, one overdue.
 */
final class FernhillAudit {
    static final String AUDIT = "IA-2026-1";
    private static final LocalDate END = LocalDate.of(2026, 9, 18);

    private FernhillAudit() {
    }

    static AuditProgramme programme() {
        Audit first = Audit.builder(AUDIT, LocalDate.of(2026, 9, 14), END)
                .scope(AuditScope.of(List.of("Platform operations", "IT and people", "Privacy"),
                        List.of("4.3", "5.3", "6.1.2", "6.1.3", "7.2", "7.5.3", "8.1", "9.1", "10.2"),
                        List.of(iso("5.15"), iso("5.18"), iso("6.5"), iso("7.14"), iso("8.8"), iso("8.13"),
                                iso("8.15"), iso("5.34"))))
                .criteria("ISO/IEC 27001:2022", "Information security policy v3.2", "Customer DPA Schedule 2")
                .auditors(Auditor.of("Niamh Kelly (internal audit)", "Finance"),
                        Auditor.of("Harbour GRC Consulting (co-auditor)"))
                .build();
        Audit second = Audit.builder("IA-2027-1", LocalDate.of(2027, 9, 13), LocalDate.of(2027, 9, 17))
                .scope(AuditScope.of(List.of("Engineering", "Customer success", "Finance"),
                        List.of("4.1", "4.2", "5.1", "5.2", "6.2", "9.2.2", "9.3.2"),
                        List.of(iso("8.25"), iso("8.28"), iso("8.32"), iso("5.19"), iso("5.20"))))
                .criteria("ISO/IEC 27001:2022").auditors(Auditor.of("Conor Walsh (internal audit)", "Privacy"))
                .build();
        return new AuditProgramme("IAP-2026-2028", LocalDate.of(2025, 12, 12), LocalDate.of(2028, 12, 11),
                List.of(first, second));
    }

    static FindingRegister findings() {
        Finding f1 = new Finding("F-01", AUDIT, FindingGrade.MAJOR_NONCONFORMITY,
                FindingSubject.control(iso("5.18")), "No access review of the SaaS tools since March 2026; 7 accounts"
                + " of leavers still active in Zendesk and HubSpot.", END);
        Finding f2 = new Finding("F-02", AUDIT, FindingGrade.MINOR_NONCONFORMITY, FindingSubject.clause("7.2"),
                "Competence records missing for 9 of 12 platform engineers.", END);
        Finding f3 = new Finding("F-03", AUDIT, FindingGrade.MINOR_NONCONFORMITY, FindingSubject.appliedControl(
                "AC-04"), "Fix SLA of 14 days missed for 6 of 41 critical findings in Q2.", END);
        Finding f4 = new Finding("F-04", AUDIT, FindingGrade.OBSERVATION, FindingSubject.control(iso("7.14")),
                "Erasure certificate of a disposed laptop not filed; recycler confirms it exists.", END);
        Finding f5 = new Finding("F-05", AUDIT, FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT,
                FindingSubject.clause("9.1"), "Indicators are collected by hand; a dashboard would show trends.", END);
        CorrectiveAction ca1 = CorrectiveAction.raise("CA-01", f1, "Head of IT", LocalDate.of(2026, 12, 15))
                .correct(LocalDate.of(2026, 9, 19), "Disabled the 7 accounts")
                .analyse(LocalDate.of(2026, 9, 30), "De-provisioning of SaaS tools outside SSO is manual and"
                        + " nobody owns the quarterly review", "Put every SaaS tool behind SSO and SCIM (AC-08);"
                        + " quarterly review owned by the Head of IT")
                .implement(LocalDate.of(2026, 11, 10));
        CorrectiveAction ca2 = CorrectiveAction.raise("CA-02", f2, "Head of People", LocalDate.of(2026, 11, 15))
                .correct(LocalDate.of(2026, 10, 2), "Collected the certificates of 5 engineers")
                .analyse(LocalDate.of(2026, 10, 12), "The HR system has no field for competence evidence",
                        "Add a competence record to the HR system and to onboarding");
        CorrectiveAction ca3 = CorrectiveAction.raise("CA-03", f3, "CTO", LocalDate.of(2026, 10, 31))
                .analyse(LocalDate.of(2026, 9, 25), "Scanner findings were not routed to the owning team",
                        "Route findings by service ownership; weekly SLA report")
                .implement(LocalDate.of(2026, 10, 10))
                .review(LocalDate.of(2026, 11, 20), true, "No SLA miss in October and November");
        return FindingRegister.of(programme(), List.of(f1, f2, f3, f4, f5), List.of(ca1, ca2, ca3));
    }
}
