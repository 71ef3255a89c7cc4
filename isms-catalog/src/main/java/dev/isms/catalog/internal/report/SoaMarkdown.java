// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.report;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.ArrayList;
import java.util.List;

/** Writes the Statement of Applicability section of the Markdown report: a summary line, then one row per control. */
public final class SoaMarkdown {
    private static final List<String> HEADER = List.of("Control", "Title", "Applicability", "Reasons",
            "Justification", "Implementation", "Owner", "Risks", "Requirements");

    private SoaMarkdown() {
    }

    /**
     * Writes the section.
     *
     * @param soa the statement
     * @param catalog its catalogue, for the control titles
     * @return the Markdown, starting with a level-2 heading
     */
    public static String write(StatementOfApplicability soa, Catalog catalog) {
        StringBuilder out = new StringBuilder("## Statement of Applicability\n\n");
        out.append("Catalogue ").append(Md.text(soa.catalogId())).append(", version ").append(Md.text(soa.version()))
                .append(" of ").append(soa.date()).append(", ")
                .append(soa.approval().map(a -> "approved by " + Md.text(a.approvedBy()) + " on " + a.date())
                        .orElse("draft (not approved)")).append(".\n\n");
        out.append(soa.entries().size()).append(" controls: ").append(soa.applicable().size()).append(" applicable, ")
                .append(soa.excluded().size()).append(" excluded, ").append(soa.undecided().size())
                .append(" needing a decision.\n\n");
        List<List<String>> rows = new ArrayList<>(soa.entries().size());
        for (SoaEntry e : soa.entries()) {
            rows.add(row(e, catalog));
        }
        Md.table(out, HEADER, rows);
        return out.toString();
    }

    private static List<String> row(SoaEntry e, Catalog catalog) {
        List<String> reasons = new ArrayList<>();
        for (InclusionReason r : e.reasons()) {
            reasons.add(Md.words(r.key()));
        }
        String title = catalog.find(e.control()).map(Control::title).orElse("");
        String implementation = Md.words(e.implementation().status().key())
                + (e.implementation().appliedControls().isEmpty() ? ""
                        : " (" + Md.list(e.implementation().appliedControls()) + ")");
        return List.of(Md.text(e.control().toString()), Md.text(title), e.applicability().key(),
                reasons.isEmpty() ? "" : String.join(", ", reasons), Md.text(e.justification().orElse("")),
                implementation, Md.text(e.owner().orElse("")), e.risks().isEmpty() ? "" : Md.list(e.risks()),
                e.requirements().isEmpty() ? "" : Md.list(e.requirements()));
    }
}
