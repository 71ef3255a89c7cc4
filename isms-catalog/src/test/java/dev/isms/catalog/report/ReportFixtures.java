// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.report;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.DocumentedInformation;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.GapAssessmentBuilder;
import dev.isms.core.audit.Audit;
import dev.isms.core.audit.AuditProgramme;
import dev.isms.core.audit.AuditScope;
import dev.isms.core.audit.Auditor;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingGrade;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.FindingSubject;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A small ISMS with hostile user text in the places reports show it. */
final class ReportFixtures {
    static final LocalDate D = LocalDate.of(2026, 3, 2);
    static final Catalog ISO = Catalogs.iso27002_2022();
    static final RequirementSet CLAUSES = Catalogs.iso27001_2022Requirements();
    /** Breaks a table, opens a code span, injects HTML and spans lines, unless escaped. */
    static final String HOSTILE = "a | b `code` <script>x</script> *bold* [link](http://x)\nsecond line";

    private ReportFixtures() {
    }

    static StatementOfApplicability soa() {
        return StatementOfApplicability.builder(ISO, "1.0", D)
                .entry(SoaEntry.excluded(ControlId.parse("7.10"), HOSTILE))
                .include(ControlId.parse("8.7"), InclusionReason.RISK_TREATMENT, List.of("R-1", "R|2"))
                .entry(SoaEntry.builder(ControlId.parse("5.1")).include(InclusionReason.LEGAL_OR_REGULATORY,
                        InclusionReason.CONTRACTUAL).owner("CISO").requirements(List.of("GDPR Art. 32")).build())
                .build();
    }

    static GapAssessment gap() {
        GapAssessmentBuilder b = GapAssessment.builder(CLAUSES, ISO, D);
        int i = 0;
        for (Requirement r : CLAUSES.requirements()) {
            if (CLAUSES.children(r.id().toString()).isEmpty()) {
                b.clause(r.id().toString(), i == 0 ? AssessmentResult.builder(Conformity.NOT_CONFORMANT)
                        .maturity(1).notes(HOSTILE).build() : AssessmentResult.of(Conformity.CONFORMANT, 4));
                i++;
            }
        }
        int k = 0;
        for (Control c : ISO.controls()) {
            Conformity conformity = k % 3 == 0 ? Conformity.PARTIALLY_CONFORMANT : Conformity.CONFORMANT;
            b.control(c.id().toString(), AssessmentResult.of(conformity, k % 6));
            k++;
        }
        Requirement first = CLAUSES.documentedInformation().get(0);
        Requirement second = CLAUSES.documentedInformation().get(1);
        return b.documents(DocumentedInformation.of(first.id().toString(), "ISMS scope", "CISO", D.plusMonths(6)),
                DocumentedInformation.of(second.id().toString(), "Policy", "CEO", D.minusDays(1))).build();
    }

    static FindingRegister findings() {
        Audit audit = Audit.builder("IA-1", D, D.plusDays(2)).criteria("ISO/IEC 27001:2022")
                .scope(new AuditScope(Set.of("Operations"), Set.of(ControlId.parse("9")),
                        Set.of(ControlRef.of("iso27002:2022", "8.7"))))
                .auditors(Auditor.of("J. Auditor", "Finance")).build();
        Finding major = new Finding("F-1", "IA-1", FindingGrade.MAJOR_NONCONFORMITY, FindingSubject.clause("9.2.2"),
                HOSTILE, D.plusDays(1));
        Finding minor = new Finding("F-2", "IA-1", FindingGrade.MINOR_NONCONFORMITY,
                FindingSubject.control(ControlRef.of("iso27002:2022", "8.7")), "No malware scan on laptops",
                D.plusDays(1));
        Finding obs = new Finding("F-3", "IA-1", FindingGrade.OBSERVATION, FindingSubject.appliedControl("AC-1"),
                "Backups not tested", D.plusDays(1));
        CorrectiveAction late = CorrectiveAction.raise("CA-1", major, "Head of IT", D.plusMonths(1))
                .analyse(D.plusDays(5), "No | owner", "Assign one");
        return FindingRegister.of(new AuditProgramme("AP-2026", D, D.plusYears(3).minusDays(1), List.of(audit)),
                List.of(major, minor, obs), List.of(late));
    }
}
