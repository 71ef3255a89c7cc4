// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.report;

import dev.isms.core.internal.SvgWriter;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.register.HeatMap;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws a risk heat map as a standalone SVG picture: likelihood up the side (most likely at the top), consequence
 * along the bottom, each cell coloured by the risk level the criteria's matrix gives it (green for the lowest level,
 * red for the highest) and holding the number of scenarios in it, with the level names in a legend. Cells beyond
 * the matrix (a category with a longer consequence scale) are grey. Each cell is a {@code <g class="cell">} with
 * {@code data-likelihood}, {@code data-consequence}, {@code data-level} and {@code data-count} attributes and a
 * tooltip, so tools and tests can read the picture back.
 *
 * <pre>{@code
 * String svg = HeatMapChart.svg(register.heatMap(Tier.RESIDUAL), register.criteria());
 * }</pre>
 *
 * @since 0.2
 */
public final class HeatMapChart {
    private static final double CELL_W = 96;
    private static final double CELL_H = 56;
    private static final double LEFT = 150;
    private static final double TOP = 56;

    private HeatMapChart() {
    }

    /**
     * Draws a heat map.
     *
     * @param map the heat map, such as {@code register.heatMap(Tier.INHERENT)}, not null
     * @param criteria the criteria it was counted under, for the level names and colours, not null
     * @return the SVG document
     */
    public static String svg(HeatMap map, RiskCriteria criteria) {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(criteria, "criteria");
        String tier = map.tier().name().charAt(0) + map.tier().name().substring(1).toLowerCase(Locale.ROOT);
        int rows = map.likelihoods();
        int cols = map.consequences();
        int levels = criteria.matrix().levels().size();
        double width = LEFT + cols * CELL_W + 24;
        double height = TOP + rows * CELL_H + 96 + 22 * ((levels + 3) / 4);
        SvgWriter w = new SvgWriter(width, height, "heat-map-" + map.tier().name().toLowerCase(Locale.ROOT),
                tier + " risk heat map", tier + " risk: " + map.total() + " scenarios by likelihood (rows) and "
                + "consequence (columns), each cell coloured by its risk level and showing its count.");
        w.text("text", tier + " risk heat map (" + map.total() + " scenarios)", "x", "12", "y", "28",
                "font-size", "18", "font-weight", "bold");
        for (int l = rows; l >= 1; l--) {
            double y = TOP + (rows - l) * CELL_H;
            w.text("text", name(criteria.likelihood(), l), "class", "likelihood-label", "x", num(LEFT - 8), "y",
                    num(y + CELL_H / 2 + 4), "text-anchor", "end");
            for (int c = 1; c <= cols; c++) {
                cell(w, map, criteria, l, c);
            }
        }
        double bottom = TOP + rows * CELL_H;
        for (int c = 1; c <= cols; c++) {
            w.text("text", name(criteria.consequence(), c), "class", "consequence-label", "x",
                    num(LEFT + (c - 0.5) * CELL_W), "y", num(bottom + 18), "text-anchor", "middle");
        }
        w.text("text", "Consequence", "class", "axis-title", "x", num(LEFT + cols * CELL_W / 2), "y",
                num(bottom + 40), "text-anchor", "middle", "font-weight", "bold");
        String mid = num(TOP + rows * CELL_H / 2);
        w.text("text", "Likelihood", "class", "axis-title", "x", "20", "y", mid, "text-anchor", "middle",
                "transform", "rotate(-90 20 " + mid + ")", "font-weight", "bold");
        legend(w, criteria.matrix(), bottom + 64);
        return w.finish();
    }

    private static void cell(SvgWriter w, HeatMap map, RiskCriteria criteria, int l, int c) {
        RiskMatrix m = criteria.matrix();
        boolean inMatrix = l <= m.likelihoods() && c <= m.consequences();
        String level = inMatrix ? m.levelName(m.level(l, c)) : "";
        String fill = inMatrix ? colour(m, m.level(l, c)) : "#dddddd";
        int n = map.count(l, c);
        double x = LEFT + (c - 1) * CELL_W;
        double y = TOP + (map.likelihoods() - l) * CELL_H;
        w.open("g", "class", "cell", "data-likelihood", Integer.toString(l), "data-consequence", Integer.toString(c),
                "data-level", level, "data-count", Integer.toString(n));
        w.text("title", "Likelihood " + name(criteria.likelihood(), l) + ", consequence "
                + name(criteria.consequence(), c) + (inMatrix ? ", level " + level : "") + ": " + n
                + (n == 1 ? " scenario" : " scenarios"));
        w.element("rect", "x", num(x), "y", num(y), "width", num(CELL_W), "height", num(CELL_H), "fill", fill,
                "stroke", "#ffffff", "stroke-width", "2");
        w.text("text", Integer.toString(n), "class", "count", "x", num(x + CELL_W / 2), "y", num(y + CELL_H / 2 + 7),
                "text-anchor", "middle", "font-size", "20", "font-weight", n == 0 ? "normal" : "bold",
                "fill", n == 0 ? "#555555" : "#000000");
        w.close();
    }

    private static void legend(SvgWriter w, RiskMatrix m, double y) {
        w.open("g", "class", "legend");
        for (int rank = 0; rank < m.levels().size(); rank++) {
            double x = 12 + (rank % 4) * 150;
            double row = y + (rank / 4) * 22;
            w.element("rect", "x", num(x), "y", num(row - 12), "width", "14", "height", "14", "fill", colour(m, rank));
            w.text("text", m.levelName(rank), "class", "legend-level", "x", num(x + 20), "y", num(row));
        }
        w.close();
    }

    private static String colour(RiskMatrix m, int rank) {
        int top = m.levels().size() - 1;
        return SvgWriter.ramp(top == 0 ? 0 : (double) rank / top);
    }

    private static String name(Scale scale, int level) {
        return level <= scale.size() ? scale.level(level).name() : Integer.toString(level);
    }

    private static String num(double v) {
        return SvgWriter.number(v);
    }
}
