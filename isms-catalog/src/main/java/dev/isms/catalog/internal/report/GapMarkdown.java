// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.report;

import dev.isms.core.Attribute;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.DocumentCheck;
import dev.isms.core.assessment.DocumentedInformation;
import dev.isms.core.assessment.Gap;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.Rollup;
import dev.isms.core.assessment.Rollups;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the gap assessment section of the Markdown report: totals, roll-ups by clause, theme and each value of
 * each attribute, the prioritised gap list, and the state of the mandatory documented information.
 */
public final class GapMarkdown {
    private static final List<String> ROLLUP_HEADER = List.of("Group", "Items", "Conformant", "Partially",
            "Not conformant", "Not assessed", "Not applicable", "Maturity");

    private GapMarkdown() {
    }

    /**
     * Writes the section.
     *
     * @param assessment the assessment
     * @param strategy the scoring strategy of the roll-ups
     * @param asOf the day the documented information is checked on
     * @return the Markdown, starting with a level-2 heading
     */
    public static String write(GapAssessment assessment, ScoringStrategy strategy, LocalDate asOf) {
        Rollups r = assessment.rollups(strategy);
        StringBuilder out = new StringBuilder("## Gap assessment\n\n");
        out.append("Assessed on ").append(assessment.date()).append(" against ")
                .append(Md.text(assessment.requirements().id())).append(" and ").append(Md.text(assessment.catalog()
                        .id())).append("; maturity on the scale ").append(assessment.scale().min()).append('–')
                .append(assessment.scale().max()).append(", rolled up by the ").append(Md.text(r.strategy()))
                .append(" strategy.\n\n### Totals\n\n");
        rollups(out, List.of(r.clauses(), r.controls()));
        out.append("### By clause\n\n");
        rollups(out, r.byClause().stream().map(c -> new Rollup(c.key(), c.key() + " " + c.label(), c.counts(),
                c.score())).toList());
        out.append("### By theme\n\n");
        rollups(out, r.byTheme());
        for (Attribute a : Attribute.values()) {
            out.append("### By ").append(a.label().toLowerCase(Locale.ROOT)).append("\n\n");
            rollups(out, r.byAttribute(a));
        }
        gaps(out, assessment.gaps());
        documents(out, assessment.documentedInformation(asOf), asOf);
        return out.toString();
    }

    private static void rollups(StringBuilder out, List<Rollup> rollups) {
        List<List<String>> rows = new ArrayList<>();
        for (Rollup r : rollups) {
            rows.add(List.of(Md.text(r.label()), Integer.toString(r.items()), count(r, Conformity.CONFORMANT),
                    count(r, Conformity.PARTIALLY_CONFORMANT), count(r, Conformity.NOT_CONFORMANT),
                    count(r, Conformity.NOT_ASSESSED), count(r, Conformity.NOT_APPLICABLE), Md.score(r.score())));
        }
        Md.table(out, ROLLUP_HEADER, rows);
    }

    private static String count(Rollup r, Conformity c) {
        return Integer.toString(r.count(c));
    }

    private static void gaps(StringBuilder out, List<Gap> gaps) {
        out.append("### Prioritised gaps\n\n");
        if (gaps.isEmpty()) {
            out.append("No gaps: everything assessed is conformant or not applicable.\n\n");
            return;
        }
        out.append(gaps.size()).append(" gaps, the most urgent first.\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Gap g : gaps) {
            AssessmentResult a = g.result();
            rows.add(List.of(Integer.toString(rows.size() + 1), g.kind() == Gap.Kind.CLAUSE ? "clause" : "control",
                    Md.text(g.id().toString()), Md.text(g.title()), Md.words(a.conformity().key()),
                    a.maturity().isPresent() ? Integer.toString(a.maturity().getAsInt()) : "",
                    Md.text(a.notes().orElse(""))));
        }
        Md.table(out, List.of("#", "Kind", "Id", "Title", "Conformity", "Maturity", "Notes"), rows);
    }

    private static void documents(StringBuilder out, List<DocumentCheck> checks, LocalDate asOf) {
        out.append("### Documented information\n\nAs of ").append(asOf).append(".\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (DocumentCheck c : checks) {
            List<String> titles = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            List<String> reviews = new ArrayList<>();
            for (DocumentedInformation d : c.documents()) {
                titles.add(d.title());
                owners.add(d.owner());
                reviews.add(d.nextReview().toString());
            }
            rows.add(List.of(Md.text(c.clause().id().toString()), Md.text(c.clause().title()),
                    Md.words(c.status().key()), titles.isEmpty() ? "" : Md.list(titles),
                    owners.isEmpty() ? "" : Md.list(owners), reviews.isEmpty() ? "" : Md.list(reviews)));
        }
        Md.table(out, List.of("Clause", "Requirement", "Status", "Documents", "Owner", "Next review"), rows);
    }
}
