// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.report;

import dev.isms.catalog.internal.report.AuditMarkdown;
import dev.isms.catalog.internal.report.GapMarkdown;
import dev.isms.catalog.internal.report.Md;
import dev.isms.catalog.internal.report.SoaMarkdown;
import dev.isms.core.Catalog;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.spi.ScoringStrategy;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.StatementOfApplicability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A readable Markdown report of an ISMS — the Statement of Applicability, the gap assessment, the audit results —
 * with the SVG pictures it links by relative path. Each part is also available alone as a string section. Every
 * user text (titles, justifications, notes, finding statements) is escaped, so pipes, backticks, {@code <} and line
 * breaks neither break a table nor inject HTML.
 *
 * <pre>{@code
 * MarkdownReport.builder("Acme ISMS report")
 *         .soa(soa, Catalogs.iso27002_2022())
 *         .gapAssessment(assessment, ScoringStrategies.average(), today)   // adds two maturity charts
 *         .picture("heat-map-residual.svg", "Residual risk", HeatMapChart.svg(map, criteria))
 *         .audit(findings, today)
 *         .build().writeTo(Path.of("target/report"));     // report.md + the SVGs; the paths written
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the output depends only on the inputs (no clock is read).
 *
 * @since 0.2
 */
public final class MarkdownReport {
    /** The name of the Markdown file {@link #writeTo(Path)} writes: {@value}. */
    public static final String FILE_NAME = "report.md";
    private static final Pattern PICTURE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,80}\\.svg");

    private final String markdown;
    private final Map<String, String> pictures;

    private MarkdownReport(String markdown, Map<String, String> pictures) {
        this.markdown = markdown;
        this.pictures = Collections.unmodifiableMap(new LinkedHashMap<>(pictures));
    }

    /**
     * Starts a report.
     *
     * @param title the report's title, its level-1 heading; a one-line text
     * @return a builder
     * @throws IllegalArgumentException if the title is blank
     */
    public static Builder builder(String title) {
        return new Builder(Checks.notBlank(title, "report title"));
    }

    /**
     * Writes the Statement of Applicability section: one row per control with its title, applicability, reasons,
     * justification, implementation status (and the applied controls it derives from), owner, risks and
     * requirements.
     *
     * @param soa the statement, not null
     * @param catalog its catalogue, for the control titles, not null
     * @return the section, starting with a level-2 heading
     */
    public static String soa(StatementOfApplicability soa, Catalog catalog) {
        return SoaMarkdown.write(Objects.requireNonNull(soa, "soa"), Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Writes the gap assessment section: the totals, the roll-ups by clause, by theme and by each value of each of
     * the five attributes (conformity counts and maturity score), the prioritised gap list, and the status of the
     * mandatory documented information.
     *
     * @param assessment the assessment, not null
     * @param strategy how the roll-ups are scored, such as {@code ScoringStrategies.average()}, not null
     * @param asOf the day the documented information is checked on, not null
     * @return the section, starting with a level-2 heading
     * @throws dev.isms.core.ProviderException if the strategy fails
     */
    public static String gapAssessment(GapAssessment assessment, ScoringStrategy strategy, LocalDate asOf) {
        return GapMarkdown.write(Objects.requireNonNull(assessment, "assessment"),
                Objects.requireNonNull(strategy, "strategy"), Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Writes the audit results section: findings by grade and listed, corrective actions with their state, the
     * nonconformities without corrective action, and the actions overdue on a day.
     *
     * @param register the findings and corrective actions, not null
     * @param asOf the day overdue actions are found for, not null
     * @return the section, starting with a level-2 heading
     */
    public static String audit(FindingRegister register, LocalDate asOf) {
        return AuditMarkdown.write(Objects.requireNonNull(register, "register"), Objects.requireNonNull(asOf, "asOf"));
    }

    /** {@return the Markdown document} */
    public String markdown() {
        return markdown;
    }

    /** {@return the linked pictures: file name to SVG document, in the order added} */
    public Map<String, String> pictures() {
        return pictures;
    }

    /**
     * Writes {@value #FILE_NAME} and every picture (UTF-8) into a directory, creating it if needed and replacing
     * files of the same names. The pictures are written first, so the report never links a missing file.
     *
     * @param directory the directory, not null
     * @return the files written: the Markdown file first, then the pictures in the order added
     * @throws UncheckedIOException if a file cannot be written, naming it
     */
    public List<Path> writeTo(Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<Path> written = new ArrayList<>(pictures.size() + 1);
        Path target = directory;
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> p : pictures.entrySet()) {
                target = directory.resolve(p.getKey());
                written.add(Files.writeString(target, p.getValue(), StandardCharsets.UTF_8));
            }
            target = directory.resolve(FILE_NAME);
            written.add(0, Files.writeString(target, markdown, StandardCharsets.UTF_8));
            return Collections.unmodifiableList(written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report file " + target + ": " + e.getMessage(), e);
        }
    }

    /** {@return the number of characters and pictures} */
    @Override
    public String toString() {
        return "MarkdownReport[" + markdown.length() + " characters, " + pictures.size() + " pictures]";
    }

    /**
     * Assembles a {@link MarkdownReport} part by part, in the order of the calls. Not thread-safe.
     */
    public static final class Builder {
        private final StringBuilder out = new StringBuilder();
        private final Map<String, String> pictures = new LinkedHashMap<>();

        private Builder(String title) {
            out.append("# ").append(Md.text(title)).append("\n\n");
        }

        /**
         * Adds a level-2 heading.
         *
         * @param text the heading, a one-line text; escaped
         * @return this builder
         */
        public Builder heading(String text) {
            out.append("## ").append(Md.text(Checks.notBlank(text, "report heading"))).append("\n\n");
            return this;
        }

        /**
         * Adds a paragraph of plain text.
         *
         * @param text the text, escaped; line breaks are kept as {@code <br>}
         * @return this builder
         */
        public Builder paragraph(String text) {
            out.append(Md.text(Objects.requireNonNull(text, "text"))).append("\n\n");
            return this;
        }

        /**
         * Adds the Statement of Applicability section ({@link MarkdownReport#soa}).
         *
         * @param soa the statement, not null
         * @param catalog its catalogue, not null
         * @return this builder
         */
        public Builder soa(StatementOfApplicability soa, Catalog catalog) {
            out.append(MarkdownReport.soa(soa, catalog));
            return this;
        }

        /**
         * Adds the gap assessment section ({@link MarkdownReport#gapAssessment}) followed by two linked pictures,
         * {@code maturity-by-theme.svg} and {@code maturity-by-concept.svg} ({@link MaturityChart}).
         *
         * @param assessment the assessment, not null
         * @param strategy how the roll-ups are scored, not null
         * @param asOf the day the documented information is checked on, not null
         * @return this builder
         * @throws IllegalArgumentException if those pictures were already added
         */
        public Builder gapAssessment(GapAssessment assessment, ScoringStrategy strategy, LocalDate asOf) {
            out.append(MarkdownReport.gapAssessment(assessment, strategy, asOf));
            picture("maturity-by-theme.svg", "Maturity by theme", MaturityChart.byTheme(assessment, strategy));
            return picture("maturity-by-concept.svg", "Maturity by cybersecurity concept",
                    MaturityChart.byConcept(assessment, strategy));
        }

        /**
         * Adds the audit results section ({@link MarkdownReport#audit}).
         *
         * @param register the findings and corrective actions, not null
         * @param asOf the day overdue actions are found for, not null
         * @return this builder
         */
        public Builder audit(FindingRegister register, LocalDate asOf) {
            out.append(MarkdownReport.audit(register, asOf));
            return this;
        }

        /**
         * Adds a picture: links it here as {@code ![caption](fileName)} and keeps the SVG to write beside the report,
         * such as a heat map of {@code dev.isms.risk.report}.
         *
         * @param fileName the file name: lower-case letters, digits, {@code . _ -}, ending in {@code .svg}, at most
         *        85 characters, unique in the report
         * @param caption the alternative text, a one-line text; escaped
         * @param svg the SVG document, containing an {@code <svg} element
         * @return this builder
         * @throws IllegalArgumentException if the file name is not of that form or repeats, the caption is blank,
         *         or the document is not SVG, naming the value
         */
        public Builder picture(String fileName, String caption, String svg) {
            Objects.requireNonNull(fileName, "fileName");
            if (!PICTURE_NAME.matcher(fileName).matches()) {
                throw new IllegalArgumentException("report picture fileName must be lower-case letters, digits, '.',"
                        + " '_' or '-' ending in .svg but was " + Checks.quote(fileName));
            }
            if (pictures.containsKey(fileName)) {
                throw new IllegalArgumentException("report picture fileName must be unique but "
                        + Checks.quote(fileName) + " was added twice");
            }
            Checks.notBlank(caption, "report picture " + Checks.quote(fileName) + " caption");
            if (!Objects.requireNonNull(svg, "svg").contains("<svg")) {
                throw new IllegalArgumentException("report picture " + Checks.quote(fileName) + " svg must be an SVG"
                        + " document but was " + Checks.quote(svg));
            }
            pictures.put(fileName, svg);
            out.append("![").append(Md.text(caption)).append("](").append(fileName).append(")\n\n");
            return this;
        }

        /** {@return the report} */
        public MarkdownReport build() {
            return new MarkdownReport(out.toString(), pictures);
        }
    }
}
