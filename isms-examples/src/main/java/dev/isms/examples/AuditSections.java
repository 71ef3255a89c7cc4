// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.IsmsReport.section;

import dev.isms.core.audit.Audit;
import dev.isms.core.audit.AuditCoverage;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.IndicatorStatus;
import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.audit.Objective;
import dev.isms.core.audit.ReviewDecision;
import dev.isms.core.certification.Certificate;
import dev.isms.core.certification.CertificationAuditKind;
import dev.isms.core.certification.Deadline;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;

/** Sections 7 to 11: internal audit, corrective action, objectives, management review, certification. */
final class AuditSections {
    private final PrintStream out;
    private final FernhillIsms isms;

    AuditSections(PrintStream out, FernhillIsms isms) {
        this.out = out;
        this.isms = isms;
    }

    void print() {
        FindingRegister reg = isms.bundle().audits().orElseThrow();
        audit(reg);
        actions(reg);
        objectives(isms.bundle().monitoring());
        review(isms.bundle().managementReviews().get(0));
        certification(isms.bundle().certificates().get(0));
    }

    private void audit(FindingRegister reg) {
        Audit a = reg.programme().require(FernhillAudit.AUDIT);
        section(out, "7. Internal audit " + a.id() + " (" + a.start() + " to " + a.end() + ", clause 9.2)");
        out.println("Auditors: " + String.join(", ", a.auditors().stream().map(x -> x.name()).toList())
                + "; criteria: " + String.join(", ", a.criteria()));
        TextTable t = new TextTable("Id", "Grade", "Subject", "Finding");
        for (Finding f : reg.findings()) {
            t.row(f.id(), f.grade().key(), f.subject().describe(), SoaSections.clip(f.statement()));
        }
        out.println(t);
        long major = reg.nonconformities().stream().filter(f -> f.grade().name().startsWith("MAJOR")).count();
        out.println(reg.nonconformities().size() + " nonconformities (" + major + " major, "
                + (reg.nonconformities().size() - major) + " minor), " + (reg.findings().size()
                - reg.nonconformities().size()) + " other findings.");
        AuditCoverage c = reg.programme().coverage(isms.clauses(), isms.soa());
        out.println("Programme " + reg.programme().id() + " (" + reg.programme().audits().size() + " audits) leaves "
                + c.uncoveredClauses().size() + " clauses and " + c.uncoveredControls().size()
                + " applicable controls uncovered before " + reg.programme().cycleEnd() + ".");
        out.println();
    }

    private void actions(FindingRegister reg) {
        section(out, "8. Corrective actions (clause 10.2)");
        TextTable t = new TextTable("Id", "Nonconformity", "Owner", "Due", "State", "Root cause");
        for (CorrectiveAction a : reg.actions()) {
            t.row(a.id(), a.findingId(), a.owner(), a.due() + (a.isOverdue(Fernhill.CLOCK) ? " OVERDUE" : ""),
                    a.state().key(), SoaSections.clip(a.analysis().map(x -> x.rootCause()).orElse("-")));
        }
        out.println(t);
        out.println("Overdue as of " + Fernhill.TODAY + ": " + String.join(", ", reg.overdue(Fernhill.CLOCK).stream()
                .map(CorrectiveAction::id).toList()) + "; nonconformities without action: "
                + reg.withoutAction().size() + ".");
        out.println();
    }

    private void objectives(Monitoring m) {
        section(out, "9. Objectives and indicators (clauses 6.2 and 9.1)");
        TextTable t = new TextTable("Objective", "Indicator", "Target", "Latest", "Status");
        for (Objective o : m.objectives()) {
            for (String id : o.indicators()) {
                IndicatorStatus s = m.status(id, Fernhill.TODAY);
                t.row(o.id() + " " + SoaSections.clip(o.statement()), id + " " + s.indicator().name(),
                        s.indicator().target(), s.latest().map(x -> String.format(Locale.ROOT, "%s on %s",
                                BigDecimal.valueOf(x.value()).stripTrailingZeros().toPlainString(), x.date())).orElse("-"), s.status().key());
            }
        }
        out.println(t);
    }

    private void review(ManagementReview r) {
        section(out, "10. Management review " + r.id() + " (" + r.date() + ", clause 9.3)");
        out.println(r.inputs().size() + " of 10 inputs of clause 9.3.2 covered" + (r.isComplete() ? "" : "; missing: "
                + r.missingInputs()) + ". Decisions:");
        for (ReviewDecision d : r.decisions()) {
            out.println("- " + d.description() + " (" + d.owner().orElse("-") + ", by " + d.due().map(
                    Object::toString).orElse("-") + ")");
        }
        out.println();
    }

    private void certification(Certificate c) {
        section(out, "11. Certification calendar as of " + Fernhill.TODAY + " (" + c.standard() + ":" + c.edition()
                + ", " + c.body() + ")");
        out.println("Certificate " + c.number() + " issued " + c.issued() + ", expires " + c.expires() + ", "
                + c.status(Fernhill.TODAY).key() + "; stage 1 " + c.held(
                        CertificationAuditKind.STAGE_1).orElseThrow() + ", stage 2 "
                + c.held(CertificationAuditKind.STAGE_2).orElseThrow() + ".");
        TextTable t = new TextTable("Audit", "Due by", "Status");
        for (Deadline d : c.deadlines(Fernhill.TODAY)) {
            t.row(d.kind().key().replace('-', ' ') + " audit", d.dueBy(), d.status().key());
        }
        out.println(t);
        for (Deadline d : c.due(Fernhill.CLOCK)) {
            out.println("Due now: " + d.kind().key().replace('-', ' ') + " audit by " + d.dueBy() + ".");
        }
        out.println();
    }
}
