// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.report;

import dev.isms.core.Attribute;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.MaturityScale;
import dev.isms.core.assessment.Rollup;
import dev.isms.core.assessment.spi.ScoringStrategy;
import dev.isms.core.internal.Checks;
import dev.isms.core.internal.SvgWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws maturity roll-ups of a gap assessment as a standalone SVG bar chart: one horizontal bar per group (a theme,
 * a cybersecurity concept), as long as its maturity score on the assessment's scale, coloured from red (lowest) to
 * green (highest), with the score written at its end; a group with nothing to score says so and has no bar. Each
 * group is a {@code <g class="bar">} with {@code data-key}, {@code data-label}, {@code data-score} (empty when not
 * scored) and {@code data-items} attributes, so tools and tests can read the picture back.
 *
 * <pre>{@code
 * String svg = MaturityChart.byConcept(assessment, ScoringStrategies.average());
 * }</pre>
 *
 * @since 0.2
 */
public final class MaturityChart {
    private static final double LEFT = 220;
    private static final double TOP = 56;
    private static final double BAR_W = 400;
    private static final double ROW_H = 30;

    private MaturityChart() {
    }

    /**
     * Draws maturity by theme (organisational, people, physical, technological).
     *
     * @param assessment the gap assessment, not null
     * @param strategy how groups are scored, such as {@code ScoringStrategies.average()}, not null
     * @return the SVG document
     * @throws dev.isms.core.ProviderException if the strategy fails
     */
    public static String byTheme(GapAssessment assessment, ScoringStrategy strategy) {
        return of("Maturity by theme", assessment.rollups(strategy).byTheme(), assessment.scale());
    }

    /**
     * Draws maturity by cybersecurity concept (identify, protect, detect, respond, recover): the view a board wants.
     *
     * @param assessment the gap assessment, not null
     * @param strategy how groups are scored, not null
     * @return the SVG document
     * @throws dev.isms.core.ProviderException if the strategy fails
     */
    public static String byConcept(GapAssessment assessment, ScoringStrategy strategy) {
        return of("Maturity by cybersecurity concept", assessment.rollups(strategy)
                .byAttribute(Attribute.CYBERSECURITY_CONCEPT), assessment.scale());
    }

    /**
     * Draws any roll-ups, such as those by clause or by security domain.
     *
     * @param title the chart's title, a one-line text
     * @param rollups the groups, in drawing order, at least one
     * @param scale the scale the scores are on, not null
     * @return the SVG document
     * @throws IllegalArgumentException if the title is blank or there is no group
     */
    public static String of(String title, List<Rollup> rollups, MaturityScale scale) {
        Checks.notBlank(title, "maturity chart title");
        Objects.requireNonNull(scale, "scale");
        if (rollups.isEmpty()) {
            throw new IllegalArgumentException("maturity chart " + Checks.quote(title) + " rollups must hold at least"
                    + " one group but was empty");
        }
        double height = TOP + rollups.size() * ROW_H + 56;
        SvgWriter w = new SvgWriter(LEFT + BAR_W + 80, height, "maturity", title, title + ": the maturity score of"
                + " each of " + rollups.size() + " groups on the scale " + scale.min() + " to " + scale.max() + ".");
        w.text("text", title, "x", "12", "y", "28", "font-size", "18", "font-weight", "bold");
        axis(w, scale, TOP + rollups.size() * ROW_H);
        for (int i = 0; i < rollups.size(); i++) {
            bar(w, rollups.get(i), scale, TOP + i * ROW_H);
        }
        return w.finish();
    }

    private static void axis(SvgWriter w, MaturityScale scale, double bottom) {
        w.open("g", "class", "axis", "stroke", "#cccccc");
        for (int level = scale.min(); level <= scale.max(); level++) {
            double x = x(level, scale);
            w.element("line", "x1", num(x), "x2", num(x), "y1", num(TOP - 4), "y2", num(bottom));
            w.text("text", Integer.toString(level), "class", "level-label", "x", num(x), "y", num(bottom + 18),
                    "text-anchor", "middle", "stroke", "none", "fill", "#000000");
        }
        w.close();
        w.text("text", "Maturity (" + scale.min() + "–" + scale.max() + ")", "class", "axis-title", "x",
                num(LEFT + BAR_W / 2), "y", num(bottom + 40), "text-anchor", "middle", "font-weight", "bold");
    }

    private static void bar(SvgWriter w, Rollup r, MaturityScale scale, double y) {
        boolean scored = r.score().isPresent();
        double score = scored ? r.score().getAsDouble() : scale.min();
        w.open("g", "class", "bar", "data-key", r.key(), "data-label", r.label(), "data-score",
                scored ? SvgWriter.exact(score) : "", "data-items", Integer.toString(r.items()));
        String value = scored ? String.format(Locale.ROOT, "%.1f", score) : "not scored";
        w.text("title", r.label() + ": " + value + " (" + r.items() + " items)");
        w.text("text", r.label(), "class", "bar-label", "x", num(LEFT - 8), "y", num(y + ROW_H / 2 + 4),
                "text-anchor", "end");
        double end = x(score, scale);
        if (scored) {
            double fraction = (score - scale.min()) / (scale.max() - scale.min());
            w.element("rect", "class", "bar-fill", "x", num(LEFT), "y", num(y + 5), "width", num(end - LEFT),
                    "height", num(ROW_H - 10), "fill", SvgWriter.ramp(1 - fraction));
        }
        w.text("text", value, "class", "bar-value", "x", num(end + 6), "y", num(y + ROW_H / 2 + 4));
        w.close();
    }

    private static double x(double level, MaturityScale scale) {
        return LEFT + BAR_W * (level - scale.min()) / (scale.max() - scale.min()); // a scale has max > min
    }

    private static String num(double v) {
        return SvgWriter.number(v);
    }
}
