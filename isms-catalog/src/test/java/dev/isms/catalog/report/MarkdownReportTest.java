// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.report;

import static dev.isms.catalog.report.ReportFixtures.D;
import static dev.isms.catalog.report.ReportFixtures.HOSTILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Attribute;
import dev.isms.core.assessment.ScoringStrategies;
import dev.isms.core.testkit.SvgDocs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
    private static final String ESCAPED = "a \\| b \\`code\\` &lt;script&gt;x&lt;/script&gt; \\*bold\\* "
            + "\\[link\\](http://x)<br>second line";

    /** The table rows of a section that follow a header starting with the given cell. */
    private static List<String> rows(String markdown, String firstHeader) {
        List<String> lines = markdown.lines().toList();
        int h = lines.indexOf(lines.stream().filter(l -> l.startsWith("| " + firstHeader + " |")).findFirst()
                .orElseThrow());
        return lines.subList(h + 2, lines.size()).stream().takeWhile(l -> l.startsWith("|")).toList();
    }

    /** Cells of a row, splitting on pipes that are not escaped. */
    private static int cells(String row) {
        return row.split("(?<!\\\\)\\|", -1).length - 2;
    }

    @Test
    void theSoaSectionListsEveryControlOnceWithUserTextEscaped() {
        String md = MarkdownReport.soa(ReportFixtures.soa(), ReportFixtures.ISO);
        assertTrue(md.startsWith("## Statement of Applicability\n\n"));
        assertTrue(md.contains("93 controls: 2 applicable, 1 excluded, 90 needing a decision."), md);
        assertTrue(md.contains("draft (not approved)"));
        List<String> rows = rows(md, "Control");
        assertEquals(93, rows.size());
        for (String r : rows) {
            assertEquals(9, cells(r), r);
        }
        String excluded = rows.stream().filter(r -> r.startsWith("| 7.10 |")).findFirst().orElseThrow();
        assertEquals("| 7.10 | Storage media | excluded | — | " + ESCAPED + " | not implemented | — | — | — |",
                excluded);
        String treated = rows.stream().filter(r -> r.startsWith("| 8.7 |")).findFirst().orElseThrow();
        assertTrue(treated.contains("| applicable | risk treatment |"), treated);
        assertTrue(treated.contains("| R-1, R\\|2 |"), treated);
        String legal = rows.stream().filter(r -> r.startsWith("| 5.1 |")).findFirst().orElseThrow();
        assertTrue(legal.contains("| legal or regulatory, contractual |") && legal.contains("| CISO |")
                && legal.endsWith("| GDPR Art. 32 |"), legal);
    }

    @Test
    void theGapSectionRollsUpByClauseThemeAndEveryAttributeValueAndListsGapsFirstTheWorst() {
        String md = MarkdownReport.gapAssessment(ReportFixtures.gap(), ScoringStrategies.average(), D);
        assertTrue(md.startsWith("## Gap assessment\n\n"));
        assertTrue(md.contains("rolled up by the average strategy"), md);
        assertEquals(2, rows(md, "Group").size());
        String byClause = md.substring(md.indexOf("### By clause"), md.indexOf("### By theme"));
        assertTrue(byClause.contains("| 4 Context of the organization | 4 | 3 | 0 | 1 | 0 | 0 |"), byClause);
        for (Attribute a : Attribute.values()) {
            assertTrue(md.contains("### By " + a.label().toLowerCase(java.util.Locale.ROOT) + "\n"), a::label);
        }
        int concepts = md.indexOf("### By cybersecurity concepts");
        assertTrue(md.indexOf("| Protect |", concepts) > 0, md);
        List<String> gaps = rows(md, "#");
        assertTrue(gaps.get(0).startsWith("| 1 | clause | 4.1 |"), gaps.get(0));
        assertTrue(gaps.get(0).contains("| not conformant | 1 | " + ESCAPED + " |"), gaps.get(0));
        assertEquals(1 + 31, gaps.size());
        assertTrue(gaps.get(1).contains("| control |") && gaps.get(1).contains("| partially conformant | 0 |"),
                gaps.get(1));
        List<String> docs = rows(md, "Clause");
        assertEquals(ReportFixtures.CLAUSES.documentedInformation().size(), docs.size());
        assertTrue(docs.get(0).contains("| present | ISMS scope | CISO | 2026-09-02 |"), docs.get(0));
        assertTrue(docs.get(1).contains("| out of date | Policy | CEO | 2026-03-01 |"), docs.get(1));
        assertTrue(docs.get(2).contains("| missing | — | — | — |"), docs.get(2));
    }

    @Test
    void theAuditSectionCountsFindingsByGradeAndListsOverdueActions() {
        String md = MarkdownReport.audit(ReportFixtures.findings(), D.plusMonths(2));
        assertTrue(md.startsWith("## Audit results\n\n"));
        assertEquals(List.of("| major nonconformity | 1 |", "| minor nonconformity | 1 |", "| observation | 1 |",
                "| opportunity for improvement | 0 |"), rows(md, "Grade"));
        assertTrue(md.contains("| F-1 | IA-1 | 2026-03-03 | major nonconformity | clause 9.2.2 | " + ESCAPED + " |"),
                md);
        String overdue = md.substring(md.indexOf("### Overdue corrective actions"));
        assertTrue(overdue.contains("| CA-1 | F-1 | Head of IT | 2026-04-02 | analysed | — | No \\| owner |"),
                overdue);
        String without = md.substring(md.indexOf("### Nonconformities without"), md.indexOf("### Overdue"));
        assertTrue(without.contains("| F-2 |") && !without.contains("| F-1 |"), without);
        String early = MarkdownReport.audit(ReportFixtures.findings(), D);
        assertTrue(early.contains("None overdue."), early);
    }

    @Test
    void theBuilderAssemblesTheDocumentAndLinksEveryPictureByRelativePath(@TempDir Path dir) throws IOException {
        MarkdownReport report = MarkdownReport.builder("Acme | ISMS").paragraph("Scope:\n<all>")
                .soa(ReportFixtures.soa(), ReportFixtures.ISO)
                .gapAssessment(ReportFixtures.gap(), ScoringStrategies.average(), D)
                .heading("Risk").picture("heat-map-residual.svg", "Residual [risk]", "<svg xmlns=\"x\"/>")
                .audit(ReportFixtures.findings(), D).build();
        String md = report.markdown();
        assertTrue(md.startsWith("# Acme \\| ISMS\n\nScope:<br>&lt;all&gt;\n\n## Statement of Applicability"), md);
        assertTrue(md.contains("![Maturity by theme](maturity-by-theme.svg)\n"));
        assertTrue(md.contains("![Maturity by cybersecurity concept](maturity-by-concept.svg)\n"));
        assertTrue(md.contains("## Risk\n\n![Residual \\[risk\\]](heat-map-residual.svg)\n\n## Audit results"));
        assertEquals(List.of("maturity-by-theme.svg", "maturity-by-concept.svg", "heat-map-residual.svg"),
                List.copyOf(report.pictures().keySet()));
        List<Path> written = report.writeTo(dir.resolve("out"));
        Path out = dir.resolve("out");
        assertEquals(List.of(out.resolve("report.md"), out.resolve("maturity-by-theme.svg"),
                out.resolve("maturity-by-concept.svg"), out.resolve("heat-map-residual.svg")), written);
        assertEquals(md, Files.readString(written.get(0), StandardCharsets.UTF_8));
        for (String name : report.pictures().keySet()) {
            assertEquals(report.pictures().get(name), Files.readString(dir.resolve("out").resolve(name)));
        }
        SvgDocs.parse(Files.readString(dir.resolve("out").resolve("maturity-by-concept.svg")));
        assertEquals("MarkdownReport[" + md.length() + " characters, 3 pictures]", report.toString());
    }

    @Test
    void anUnwritableDirectoryIsAnUncheckedIoErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("occupied"), "x");
        MarkdownReport report = MarkdownReport.builder("R").build();
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> report.writeTo(file));
        assertTrue(e.getMessage().startsWith("cannot write report file " + file), e.getMessage());
    }

    @Test
    void rejectsBadPicturesAndHeadingsNamingTheValue() {
        MarkdownReport.Builder b = MarkdownReport.builder("R").picture("a.svg", "A", "<svg/>");
        assertEquals("report picture fileName must be lower-case letters, digits, '.', '_' or '-' ending in .svg but"
                + " was '../x.svg'", assertThrows(IllegalArgumentException.class,
                        () -> b.picture("../x.svg", "X", "<svg/>")).getMessage());
        assertEquals("report picture fileName must be unique but 'a.svg' was added twice",
                assertThrows(IllegalArgumentException.class, () -> b.picture("a.svg", "A", "<svg/>")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.picture("b.svg", " ", "<svg/>"))
                .getMessage().startsWith("report picture 'b.svg' caption must not be blank"));
        assertEquals("report picture 'c.svg' svg must be an SVG document but was 'hello'",
                assertThrows(IllegalArgumentException.class, () -> b.picture("c.svg", "C", "hello")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.heading(""))
                .getMessage().startsWith("report heading must not be blank"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MarkdownReport.builder("\t"))
                .getMessage().startsWith("report title must not be blank"));
        assertEquals("soa", assertThrows(NullPointerException.class,
                () -> MarkdownReport.soa(null, ReportFixtures.ISO)).getMessage());
        assertFalse(b.build().markdown().contains("c.svg"));
    }
}
