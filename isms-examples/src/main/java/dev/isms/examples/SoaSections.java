// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.IsmsReport.section;

import dev.isms.core.Attribute;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.DocumentCheck;
import dev.isms.core.assessment.Gap;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.Rollup;
import dev.isms.core.assessment.Rollups;
import dev.isms.core.assessment.ScoringStrategies;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaChange;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Sections 5 and 6 of the report: the Statement of Applicability and the gap assessment. */
final class SoaSections {
    private final PrintStream out;
    private final FernhillIsms isms;

    SoaSections(PrintStream out, FernhillIsms isms) {
        this.out = out;
        this.isms = isms;
    }

    void print() {
        soa();
        gap();
    }

    private void soa() {
        StatementOfApplicability draft = isms.draft();
        StatementOfApplicability soa = isms.soa();
        section(out, "5. Statement of Applicability v" + soa.version() + " (clause 6.1.3 d), approved by "
                + soa.approval().orElseThrow().approvedBy() + " on " + soa.approval().orElseThrow().date());
        out.println("Drafted from the treatment plan: " + draft.applicable().size() + " controls applicable for risk"
                + " treatment, " + draft.undecided().size() + " needing a decision; completed: "
                + draft.diff(soa).changes(SoaChange.Kind.INCLUDED).size() + " more included, "
                + draft.diff(soa).changes(SoaChange.Kind.EXCLUDED).size() + " excluded with a justification.");
        out.println(soa.entries().size() + " controls listed: " + soa.applicable().size() + " applicable, "
                + soa.excluded().size() + " excluded, " + soa.undecided().size() + " undecided"
                + (soa.undecided().isEmpty() ? " (every control decided)." : "."));
        TextTable reasons = new TextTable("Reason", "Controls");
        for (InclusionReason r : InclusionReason.values()) {
            reasons.row(r.key(), soa.applicable().stream().filter(e -> e.reasons().contains(r)).count());
        }
        out.println(reasons);
        TextTable t = new TextTable("Control", "Reasons", "Risks / requirements", "Implementation", "By");
        for (SoaEntry e : soa.entries()) {
            if (e.reasons().equals(Set.of(InclusionReason.BEST_PRACTICE))) {
                continue;
            }
            String why = e.justification().isPresent() && e.reasons().isEmpty() ? "EXCLUDED: " + e.justification()
                    .get() : String.join(" ", e.risks()) + (e.requirements().isEmpty() ? "" : (e.risks().isEmpty()
                    ? "" : "; ") + String.join("; ", e.requirements()));
            t.row(e.control(), e.reasons().stream().map(InclusionReason::key).collect(Collectors.joining(" ")),
                    clip(why), e.implementation().status().key(), String.join(" ", e.implementation()
                            .appliedControls()));
        }
        out.println(t);
        out.println("The other " + soa.applicable().stream().filter(e -> e.reasons().equals(Set.of(
                InclusionReason.BEST_PRACTICE))).count() + " controls are applicable as best practice (policy"
                + " baseline).");
        out.println();
    }

    private void gap() {
        GapAssessment g = isms.gap();
        Rollups r = g.rollups(ScoringStrategies.weighted());
        section(out, "6. Gap assessment of " + g.date() + " (clauses 4 to 10 and Annex A, maturity "
                + g.scale().min() + " to " + g.scale().max() + ", " + r.strategy() + ")");
        TextTable t = new TextTable("Roll-up", "Items", "Conformant", "Partial", "Not conformant", "N/A", "Maturity");
        row(t, "Clauses 4 to 10", r.clauses());
        row(t, "Annex A controls", r.controls());
        for (Rollup theme : r.byTheme()) {
            row(t, "  theme " + theme.label(), theme);
        }
        for (Rollup c : r.byAttribute(Attribute.CYBERSECURITY_CONCEPT)) {
            row(t, "  concept " + c.label(), c);
        }
        out.println(t);
        List<Gap> gaps = g.gaps();
        out.println("Prioritised gap list (" + gaps.size() + " gaps, the first 12):");
        TextTable gt = new TextTable("#", "Kind", "Id", "Title", "Conformity", "Maturity", "Note");
        for (int i = 0; i < Math.min(12, gaps.size()); i++) {
            Gap gap = gaps.get(i);
            gt.row(i + 1, gap.kind().name().toLowerCase(Locale.ROOT), gap.id(), clip(gap.title()),
                    gap.result().conformity().key(), gap.result().maturity().isPresent() ? gap.result().maturity()
                    .getAsInt() : "-", clip(gap.result().notes().orElse("")));
        }
        out.println(gt);
        out.println("Mandatory documented information:");
        TextTable dt = new TextTable("Clause", "Status", "Document", "Owner", "Next review");
        for (DocumentCheck d : g.documentedInformation(Fernhill.TODAY)) {
            dt.row(d.clause().id(), d.status().key(), d.documents().isEmpty() ? "-" : d.documents().get(0).title(),
                    d.documents().isEmpty() ? "-" : d.documents().get(0).owner(), d.documents().isEmpty() ? "-"
                    : d.documents().get(0).nextReview());
        }
        out.println(dt);
    }

    private static void row(TextTable t, String label, Rollup r) {
        t.row(label, r.items(), r.count(Conformity.CONFORMANT), r.count(Conformity.PARTIALLY_CONFORMANT),
                r.count(Conformity.NOT_CONFORMANT), r.count(Conformity.NOT_APPLICABLE), TextTable.number(r.score()
                .isPresent() ? String.format(Locale.ROOT, "%.1f", r.score().getAsDouble()) : "-"));
    }

    static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
