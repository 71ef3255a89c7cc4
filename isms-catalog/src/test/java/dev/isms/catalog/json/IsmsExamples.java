// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.DocumentedInformation;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.GapAssessmentBuilder;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetLifecycle;
import dev.isms.core.asset.AssetLocation;
import dev.isms.core.asset.AssetState;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.audit.Audit;
import dev.isms.core.audit.AuditProgramme;
import dev.isms.core.audit.AuditScope;
import dev.isms.core.audit.Auditor;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingGrade;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.FindingSubject;
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
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.Approval;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The ISMS of a fictional 150-person SaaS company (about 25 assets, the applied controls of about 20 risk
 * scenarios, a Statement of Applicability over the 93 controls of ISO/IEC 27002:2022, a gap assessment over the 41
 * clauses of ISO/IEC 27001:2022 and the 93 controls, one internal audit with findings), and the same scaled by a
 * factor: k copies of the catalogue, the clauses, the assets, the applied controls and the audit. Deterministic.
 */
final class IsmsExamples {
    static final LocalDate D = LocalDate.of(2026, 3, 2);

    private IsmsExamples() {
    }

    /** The catalogue and requirement set of a scale: the built-ins for 1, k prefixed copies otherwise. */
    record Context(RequirementSet requirements, Catalog catalog) {
    }

    static Context context(int k) {
        if (k == 1) {
            return new Context(Catalogs.iso27001_2022Requirements(), Catalogs.iso27002_2022());
        }
        Catalog iso = Catalogs.iso27002_2022();
        Catalog.Builder c = Catalog.builder("bench:x" + k, "ISO/IEC 27002:2022 x" + k).groups(iso.groups());
        List<Requirement> clauses = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            String p = "X" + r + ".";
            for (Control x : iso.controls()) {
                c.control(Control.builder(p + x.id(), x.title()).theme(x.theme().orElseThrow())
                        .attributes(x.attributes()).build());
            }
            for (Requirement q : Catalogs.iso27001_2022Requirements().requirements()) {
                Requirement.Builder b = Requirement.builder(p + q.id(), q.title())
                        .documentedInformation(q.documentedInformation());
                q.parent().ifPresent(parent -> b.parent(p + parent));
                clauses.add(b.build());
            }
        }
        return new Context(RequirementSet.of("bench:r" + k, "Clauses x" + k, "2022", clauses), c.build());
    }

    static IsmsBundle bundle(int k) {
        Context x = context(k);
        AppliedControlSet applied = applied(x.catalog(), k);
        StatementOfApplicability soa = soa(x.catalog(), applied);
        return IsmsBundle.builder("Example SaaS GmbH", "The SaaS platform, its development and operations;\n"
                + "offices in Berlin and remote work.").appliedControls(applied).statementOfApplicability(soa)
                .gapAssessment(gap(x, applied, soa)).scoringStrategy("weighted").assets(assets(k))
                .monitoring(monitoring()).audits(audits(x.catalog(), k)).managementReviews(review())
                .certificates(certificate()).build();
    }

    static AppliedControlSet applied(Catalog catalog, int k) {
        List<Control> controls = catalog.controls();
        List<AppliedControl> out = new ArrayList<>();
        AppliedControlStatus[] statuses = AppliedControlStatus.values();
        for (int i = 0; i < 30 * k; i++) {
            AppliedControl.Builder b = AppliedControl.builder("AC-" + (i + 1), "Applied control " + (i + 1))
                    .status(statuses[i % 4]).owner(i % 2 == 0 ? "CISO" : "Head of IT")
                    .treats("R-" + (i % (20 * k) + 1));
            for (int j = 0; j < 3; j++) {
                b.realises(ControlRef.of(catalog, controls.get((i * 3 + j) % controls.size()).id()));
            }
            if (i % 3 == 0) {
                b.evidence(Evidence.of("Configuration export " + i, "https://wiki.example/isms/ac-" + i, D,
                        D.plusYears(1)));
            }
            if (i % 4 < 2) {
                b.due(D.plusMonths(i % 12 + 1));
            }
            out.add(b.build());
        }
        return AppliedControlSet.of(out);
    }

    static StatementOfApplicability soa(Catalog catalog, AppliedControlSet applied) {
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(catalog, "1.0", D);
        List<Control> controls = catalog.controls();
        for (int i = 0; i < controls.size(); i++) {
            Control c = controls.get(i);
            boolean realised = !applied.realising(ControlRef.of(catalog, c.id())).isEmpty();
            if (!realised && i % 9 == 4) {
                b.entry(SoaEntry.excluded(c.id(), "No " + c.title().toLowerCase(Locale.ROOT)
                        + " in scope:\nthe company runs no such activity."));
            } else {
                SoaEntry.Builder e = SoaEntry.builder(c.id()).include(realised ? InclusionReason.RISK_TREATMENT
                        : InclusionReason.BEST_PRACTICE).owner("CISO");
                if (i % 5 == 0) {
                    e.include(InclusionReason.CONTRACTUAL).requirements(List.of("Customer DPA section " + i));
                }
                if (i % 7 == 0) {
                    e.include(InclusionReason.LEGAL_OR_REGULATORY).requirements(List.of("GDPR Art. 32"));
                }
                b.entry(e.build());
            }
        }
        return b.appliedControls(applied).approval(new Approval("Management board", D.plusDays(3))).build();
    }

    static GapAssessment gap(Context x, AppliedControlSet applied, StatementOfApplicability soa) {
        GapAssessmentBuilder b = GapAssessment.builder(x.requirements(), x.catalog(), D).applicability(soa);
        Conformity[] assessed = {Conformity.CONFORMANT, Conformity.PARTIALLY_CONFORMANT, Conformity.NOT_CONFORMANT};
        int i = 0;
        for (Requirement r : x.requirements().requirements()) {
            if (x.requirements().children(r.id().toString()).isEmpty()) {
                b.clause(r.id().toString(), AssessmentResult.builder(assessed[i % 3]).maturity(i % 6)
                        .notes("Interviewed the owner of clause " + r.id()).build());
                i++;
            }
            if (r.documentedInformation()) {
                b.documents(DocumentedInformation.of(r.id().toString(), "Document for " + r.id(), "CISO",
                        D.plusMonths(i % 14 - 2)));
            }
        }
        for (SoaEntry e : soa.applicable()) {
            AssessmentResult.Builder r = AssessmentResult.builder(assessed[i % 3]).maturity(i % 6).weight(1 + i % 3)
                    .appliedControls(e.implementation().appliedControls());
            if (i % 4 == 0) {
                r.evidence(List.of(Evidence.of("Sample of records " + i, "/evidence/" + i + ".pdf", D)));
            }
            b.control(e.control().toString(), r.build());
            i++;
        }
        return b.build();
    }

    static AssetInventory assets(int k) {
        List<Asset> out = new ArrayList<>();
        AssetType[] types = AssetType.values();
        AssetLocation.Kind[] places = AssetLocation.Kind.values();
        for (int i = 0; i < 25 * k; i++) {
            Asset.Builder b = Asset.builder("A-" + (i + 1), "Asset " + (i + 1), types[i % types.length])
                    .owner(i % 6 == 5 ? "Head of Sales" : "Head of IT").classification(i % 3 == 0 ? "Confidential"
                            : "Internal").value(ConsequenceCategory.CONFIDENTIALITY, 1 + i % 5)
                    .value(ConsequenceCategory.AVAILABILITY, 1 + (i + 2) % 5)
                    .location(AssetLocation.of(places[i % places.length], "Place " + (i % 7)));
            if (i % 2 == 0) {
                b.custodian("Employee " + i).label("INTERNAL").maintenanceEvery(Period.ofMonths(6))
                        .acceptableUse("Acceptable use policy v3, section 2");
            }
            AssetLifecycle l = AssetLifecycle.start(AssetState.REQUESTED, D.minusYears(2))
                    .moveTo(AssetState.IN_USE, D.minusYears(2).plusDays(3));
            if (i % 5 == 1) {
                l = l.moveTo(AssetState.IN_MAINTENANCE, D.minusMonths(3)).moveTo(AssetState.IN_USE, D.minusMonths(2));
            }
            if (i % 8 == 3) {
                l = l.moveTo(AssetState.RETURNED, D.minusMonths(1)).moveTo(AssetState.DISPOSED, D.minusDays(10))
                        .withErasureEvidence(Evidence.of("Erasure certificate " + i, "DMS-" + i, D.minusDays(9)));
            }
            out.add(b.lifecycle(l).build());
        }
        return AssetInventory.of(out);
    }

    static Monitoring monitoring() {
        List<PerformanceIndicator> indicators = List.of(
                PerformanceIndicator.of("KPI-1", "Staff trained", "LMS report", Period.ofMonths(1),
                        Target.atLeast(95, "%")).withOwner("HR"),
                PerformanceIndicator.of("KPI-2", "Days to patch criticals", "Scanner report", Period.ofMonths(1),
                        Target.atMost(14, "days")),
                new PerformanceIndicator("KPI-3", "Restore tests passed", "Test log", Period.ofMonths(3),
                        new Target(Target.Comparison.AT_LEAST, 1, Optional.empty()),
                        Optional.empty()));
        List<Objective> objectives = List.of(
                Objective.of("OBJ-1", "Every employee trained", "HR", List.of("KPI-1")).withDue(D.plusMonths(9)),
                Objective.of("OBJ-2", "A secure estate", "CTO", List.of("KPI-2", "KPI-3"))
                        .withPlan("Automate patching;\nquarterly restore tests."));
        List<Measurement> measurements = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            measurements.add(new Measurement("KPI-1", D.minusMonths(m), 90 + m * 1.25));
            measurements.add(new Measurement("KPI-2", D.minusMonths(m), 20 - m));
        }
        return Monitoring.of(indicators, objectives, measurements);
    }

    static FindingRegister audits(Catalog catalog, int k) {
        List<Audit> audits = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<CorrectiveAction> actions = new ArrayList<>();
        FindingGrade[] grades = FindingGrade.values();
        for (int a = 0; a < k; a++) {
            LocalDate start = D.plusMonths(2).plusDays(a % 300);
            String id = "IA-" + (a + 1);
            String p = k == 1 ? "" : "X" + a + ".";
            ControlRef tested = ControlRef.of(catalog, catalog.controls().get(a * 93).id());
            audits.add(Audit.builder(id, start, start.plusDays(2)).scope(new AuditScope(Set.of("Operations"),
                    Set.of(ControlId.parse(p + "9")), Set.of(tested))).criteria("ISO/IEC 27001:2022")
                    .auditors(Auditor.of("J. Auditor", "Finance"), Auditor.of("External auditor")).build());
            for (int f = 0; f < 5; f++) {
                String fid = "F-" + (a * 5 + f + 1);
                FindingSubject subject = f == 0 ? FindingSubject.appliedControl("AC-" + (a * 30 + 1))
                        : f == 1 ? FindingSubject.control(ControlRef.of(catalog, catalog.controls().get(a * 93 + 7)
                        .id())) : FindingSubject.clause(p + "9.2.2");
                Finding finding = new Finding(fid, id, grades[f % 4], subject, "Finding " + fid + ": evidence seen"
                        + " did not show the control operating.", start.plusDays(1));
                findings.add(finding);
                if (finding.grade().isNonconformity()) {
                    CorrectiveAction ca = CorrectiveAction.raise("CA-" + fid, finding, "Head of IT",
                            start.plusMonths(2)).correct(start.plusDays(3), "Fixed the instance found");
                    if (f == 0) {
                        ca = ca.analyse(start.plusDays(10), "No owner for the review", "Assign and schedule it")
                                .implement(start.plusDays(20)).review(start.plusDays(50), true, "Effective");
                    }
                    actions.add(ca);
                }
            }
        }
        return FindingRegister.of(new AuditProgramme("AP-2026", D, D.plusYears(3).minusDays(1), audits), findings,
                actions);
    }

    static ManagementReview review() {
        return ManagementReview.builder("MR-2026", D.plusMonths(8)).attendees("CEO", "CISO", "CTO")
                .input(ReviewInput.AUDIT_RESULTS, "Two nonconformities, one closed.")
                .input(ReviewInput.PREVIOUS_ACTIONS, "All closed.")
                .decision(ReviewDecision.of(ReviewDecision.Kind.ISMS_CHANGE, "Extend the scope to support")
                        .assignedTo("CISO", D.plusMonths(12)))
                .decision(ReviewDecision.of(ReviewDecision.Kind.CONTINUAL_IMPROVEMENT, "Automate evidence")).build();
    }

    static Certificate certificate() {
        return Certificate.builder("C-2026-17", "ISO/IEC 27001", "2022", D.plusMonths(4)).scope("SaaS platform")
                .body("Example Cert GmbH").audit(CertificationAudit.of(CertificationAuditKind.STAGE_1, D.plusMonths(3)))
                .audit(CertificationAudit.of(CertificationAuditKind.STAGE_2, D.plusMonths(3).plusDays(20))).build();
    }
}
