// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.core.Catalog;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.DocumentedInformation;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.GapAssessmentBuilder;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fernhill's readiness (gap) assessment before the surveillance audit: every leaf clause of ISO/IEC 27001:2022
 * clauses 4 to 10 as the internal auditor found it, every applicable Annex A control from the implementation status
 * of its applied controls (with the auditor's notes where she found otherwise), and the mandatory documented
 * information held.
 */
final class FernhillGap {
    static final LocalDate DATE = LocalDate.of(2026, 11, 25);
    /** Clause, conformity (C, P, N), maturity 0 to 5, note. */
    private static final String CLAUSES = """
            4.1 C 3
            4.2 C 3
            4.3 C 4
            4.4 C 3
            5.1 C 4
            5.2 C 4
            5.3 P 2 Roles of the new platform security lead not yet in the RACI
            6.1.1 C 3
            6.1.2 P 2 Risk assessment method document past its review date
            6.1.3 C 3
            6.2 P 2 Two of four objectives have no measurement this quarter
            6.3 C 3
            7.1 C 3
            7.2 N 1 Competence records missing for 9 of 12 platform engineers
            7.3 C 3
            7.4 C 3
            7.5.1 C 3
            7.5.2 C 3
            7.5.3 P 2 Several procedures without version or owner
            8.1 C 3
            8.2 C 3
            8.3 P 2 Treatment plan actions for R-05 and R-17 behind schedule
            9.1 P 2 Indicator results not analysed or reported to management
            9.2.1 C 3
            9.2.2 C 3
            9.3.1 C 3
            9.3.2 C 3
            9.3.3 C 3
            10.1 C 3
            10.2 P 2 One corrective action overdue
            """;
    /** Where the auditor found a control differently from its applied controls' status. */
    private static final Map<String, String> CONTROL_NOTES = Map.of(
            "8.8", "P 2 Fix SLA missed for 6 of 41 critical findings (AC-04 degraded)",
            "5.18", "N 1 Access reviews not done for SaaS tools since March",
            "6.5", "P 2 Leaver laptop FH-L-0231 not returned",
            "5.9", "P 2 Inventory not reconciled with MDM since July",
            "7.14", "N 1 Disposal of FH-L-0107 without erasure evidence");

    private FernhillGap() {
    }

    static GapAssessment assess(RequirementSet clauses, Catalog iso, StatementOfApplicability soa,
            AppliedControlSet applied) {
        GapAssessmentBuilder b = GapAssessment.builder(clauses, iso, DATE).applicability(soa).documents(documents());
        for (String line : CLAUSES.strip().split("\n")) {
            String[] p = line.split(" ", 4);
            b.clause(p[0], result(p[1], Integer.parseInt(p[2]), p.length > 3 ? p[3] : null, List.of()));
        }
        for (SoaEntry e : soa.applicable()) {
            String note = CONTROL_NOTES.get(e.control().toString());
            List<String> relied = e.implementation().appliedControls();
            if (note != null) {
                String[] p = note.split(" ", 3);
                b.control(e.control().toString(), result(p[0], Integer.parseInt(p[1]), p[2], relied));
            } else {
                b.control(e.control().toString(), fromStatus(e, relied));
            }
        }
        return b.build();
    }

    private static AssessmentResult fromStatus(SoaEntry e, List<String> relied) {
        switch (e.implementation().status()) {
            case IMPLEMENTED:
                return result("C", relied.size() > 1 ? 4 : 3, null, relied);
            case PARTIALLY_IMPLEMENTED:
                return result("P", 2, "Some applied controls not yet operating", relied);
            case PLANNED:
                return result("N", 1, "Planned: " + String.join(", ", relied), relied);
            default:
                return result("P", 2, "Practised but no applied control recorded", relied);
        }
    }

    private static AssessmentResult result(String code, int maturity, String note, List<String> relied) {
        Conformity c = code.equals("C") ? Conformity.CONFORMANT : code.equals("P") ? Conformity.PARTIALLY_CONFORMANT
                : Conformity.NOT_CONFORMANT;
        AssessmentResult.Builder b = AssessmentResult.builder(c).maturity(maturity).appliedControls(relied);
        if (note != null) {
            b.notes(note);
        }
        return b.build();
    }

    private static List<DocumentedInformation> documents() {
        LocalDate next = LocalDate.of(2027, 3, 31);
        return List.of(DocumentedInformation.of("4.3", "ISMS scope statement v2", "CISO", next),
                DocumentedInformation.of("5.2", "Information security policy v3.2", "CEO", next),
                DocumentedInformation.of("6.1.2", "Risk assessment method v1.4", "CISO", LocalDate.of(2026, 10, 1)),
                DocumentedInformation.of("6.1.3", "Statement of Applicability v1.0 and treatment plan", "CISO", next),
                DocumentedInformation.of("6.2", "ISMS objectives 2026", "CISO", LocalDate.of(2027, 1, 31)),
                DocumentedInformation.of("7.5.1", "Document control procedure", "Quality lead", next),
                DocumentedInformation.of("8.1", "Operations runbooks and change records", "Head of Platform", next),
                DocumentedInformation.of("8.2", "Risk assessment report 2026", "CISO", next),
                DocumentedInformation.of("8.3", "Risk treatment report 2026", "CISO", next),
                DocumentedInformation.of("9.1", "Monitoring and measurement results Q3", "CISO", next),
                DocumentedInformation.of("9.2.2", "Internal audit programme and report IA-2026-1", "Internal auditor",
                        next),
                DocumentedInformation.of("9.3.3", "Management review minutes MR-2026-1", "CEO", next),
                DocumentedInformation.of("10.2", "Nonconformity and corrective action log", "CISO", next));
    }
}
