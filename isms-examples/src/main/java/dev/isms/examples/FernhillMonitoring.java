// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Measurement;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.audit.Objective;
import dev.isms.core.audit.PerformanceIndicator;
import dev.isms.core.audit.ReviewDecision;
import dev.isms.core.audit.ReviewInput;
import dev.isms.core.audit.Target;
import dev.isms.core.certification.Certificate;
import dev.isms.core.certification.CertificationAudit;
import dev.isms.core.certification.CertificationAuditKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Fernhill's information security objectives with their indicators and measurements (ISO/IEC 27001:2022 6.2, 9.1),
 * the 2026 management review (9.3) and the ISO/IEC 27001:2022 certificate with its cycle.
 */
final class FernhillMonitoring {
    private FernhillMonitoring() {
    }

    static Monitoring monitoring() {
        List<PerformanceIndicator> indicators = List.of(
                PerformanceIndicator.of("KPI-1", "Critical vulnerabilities fixed within 14 days", "Scanner export,"
                        + " share of findings closed in SLA", Period.ofMonths(1), Target.atLeast(95, "%"))
                        .withOwner("CTO"),
                PerformanceIndicator.of("KPI-2", "Staff who completed awareness training", "LMS report",
                        Period.ofMonths(3), Target.atLeast(98, "%")).withOwner("Head of People"),
                PerformanceIndicator.of("KPI-3", "Phishing simulation click rate", "Simulation platform",
                        Period.ofMonths(3), Target.atMost(5, "%")).withOwner("CISO"),
                PerformanceIndicator.of("KPI-4", "Restore tests successful", "Restore test reports",
                        Period.ofMonths(3), Target.atLeast(100, "%")).withOwner("Head of Platform"),
                PerformanceIndicator.of("KPI-5", "Hours to revoke a leaver's access", "Ticket timestamps",
                        Period.ofMonths(1), Target.atMost(24, "hours")).withOwner("Head of IT"));
        List<Objective> objectives = List.of(
                Objective.of("O-1", "Fix critical vulnerabilities before they can be exploited", "CTO",
                        List.of("KPI-1")).withDue(LocalDate.of(2026, 12, 31)),
                Objective.of("O-2", "Staff recognise and report phishing", "CISO", List.of("KPI-2", "KPI-3")),
                Objective.of("O-3", "Every customer's data can be restored within the SLA", "Head of Platform",
                        List.of("KPI-4")),
                Objective.of("O-4", "Leavers lose access on their last day", "Head of IT", List.of("KPI-5"))
                        .withPlan("Measured once AC-08 (automated joiner-mover-leaver) is live"));
        List<Measurement> m = new ArrayList<>();
        double[] kpi1 = {88, 91, 85, 93, 96, 97};
        for (int i = 0; i < kpi1.length; i++) {
            m.add(new Measurement("KPI-1", LocalDate.of(2026, 6, 1).plusMonths(i), kpi1[i]));
        }
        m.add(new Measurement("KPI-2", LocalDate.of(2026, 6, 30), 94));
        m.add(new Measurement("KPI-2", LocalDate.of(2026, 9, 30), 99));
        m.add(new Measurement("KPI-3", LocalDate.of(2026, 6, 30), 9.5));
        m.add(new Measurement("KPI-3", LocalDate.of(2026, 9, 30), 6.1));
        m.add(new Measurement("KPI-4", LocalDate.of(2026, 9, 30), 100));
        return Monitoring.of(indicators, objectives, m);
    }

    static ManagementReview review() {
        ManagementReview.Builder b = ManagementReview.builder("MR-2026-1", LocalDate.of(2026, 10, 8))
                .attendees("CEO", "COO", "CTO", "CFO", "CISO", "CPO");
        for (ReviewInput input : ReviewInput.values()) {
            b.input(input, summary(input));
        }
        return b.decision(ReviewDecision.of(ReviewDecision.Kind.ISMS_CHANGE, "Fund the second region (AC-06)")
                .assignedTo("CTO", LocalDate.of(2027, 6, 30)))
                .decision(ReviewDecision.of(ReviewDecision.Kind.CONTINUAL_IMPROVEMENT,
                        "Indicator dashboard (F-05)").assignedTo("CISO", LocalDate.of(2027, 3, 31)))
                .build();
    }

    private static String summary(ReviewInput input) {
        switch (input) {
            case AUDIT_RESULTS:
                return "IA-2026-1: 1 major, 2 minor nonconformities, 1 observation, 1 opportunity";
            case RISK_ASSESSMENT_AND_TREATMENT:
                return "20 risks; 18 treatments, 2 retained and accepted";
            case MEASUREMENT_RESULTS:
                return "KPI-1 below target until October; KPI-3 improving";
            default:
                return "Reviewed; see minutes section " + (input.ordinal() + 1);
        }
    }

    static Certificate certificate() {
        return Certificate.builder("MC-27001-2025-0412", "ISO/IEC 27001", "2022", LocalDate.of(2025, 12, 12))
                .scope(Fernhill.SCOPE).body("Meridian Certification Ltd (fictional)")
                .audit(CertificationAudit.of(CertificationAuditKind.STAGE_1, LocalDate.of(2025, 10, 6)))
                .audit(CertificationAudit.of(CertificationAuditKind.STAGE_2, LocalDate.of(2025, 11, 17)))
                .build();
    }
}
