// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.report;

import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingGrade;
import dev.isms.core.audit.FindingRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the audit results section of the Markdown report: findings counted by grade and listed, the corrective
 * actions with their state, the nonconformities still without action, and the actions overdue on a day.
 */
public final class AuditMarkdown {
    private AuditMarkdown() {
    }

    /**
     * Writes the section.
     *
     * @param register the findings and corrective actions
     * @param asOf the day overdue actions are found for
     * @return the Markdown, starting with a level-2 heading
     */
    public static String write(FindingRegister register, LocalDate asOf) {
        StringBuilder out = new StringBuilder("## Audit results\n\n");
        out.append("Audit programme ").append(Md.text(register.programme().id())).append(": ")
                .append(register.programme().audits().size()).append(" audits, ").append(register.findings().size())
                .append(" findings, ").append(register.actions().size()).append(" corrective actions.\n\n");
        out.append("### Findings by grade\n\n");
        List<List<String>> grades = new ArrayList<>();
        for (FindingGrade g : FindingGrade.values()) {
            long n = register.findings().stream().filter(f -> f.grade() == g).count();
            grades.add(List.of(Md.words(g.key()), Long.toString(n)));
        }
        Md.table(out, List.of("Grade", "Findings"), grades);
        findings(out, register.findings());
        out.append("### Corrective actions\n\n");
        actions(out, register.actions(), "No corrective actions.");
        out.append("### Nonconformities without corrective action\n\n");
        List<Finding> open = register.withoutAction();
        if (open.isEmpty()) {
            out.append("None: every nonconformity has a corrective action.\n\n");
        } else {
            findings(out, open);
        }
        out.append("### Overdue corrective actions\n\nAs of ").append(asOf).append(".\n\n");
        actions(out, register.overdue(asOf), "None overdue.");
        return out.toString();
    }

    private static void findings(StringBuilder out, List<Finding> findings) {
        if (findings.isEmpty()) {
            out.append("No findings.\n\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(List.of(Md.text(f.id()), Md.text(f.auditId()), f.date().toString(), Md.words(f.grade().key()),
                    Md.text(f.subject().describe()), Md.text(f.statement())));
        }
        Md.table(out, List.of("Finding", "Audit", "Raised", "Grade", "About", "Statement"), rows);
    }

    private static void actions(StringBuilder out, List<CorrectiveAction> actions, String none) {
        if (actions.isEmpty()) {
            out.append(none).append("\n\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (CorrectiveAction c : actions) {
            rows.add(List.of(Md.text(c.id()), Md.text(c.findingId()), Md.text(c.owner()), c.due().toString(),
                    Md.words(c.state().key()), c.closedOn().map(LocalDate::toString).orElse(""),
                    Md.text(c.analysis().map(a -> a.rootCause()).orElse(""))));
        }
        Md.table(out, List.of("Action", "Finding", "Owner", "Due", "State", "Closed", "Root cause"), rows);
    }
}
