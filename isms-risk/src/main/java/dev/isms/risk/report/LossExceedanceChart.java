// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.report;

import dev.isms.core.internal.SvgWriter;
import dev.isms.risk.fair.ExceedancePoint;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.LossSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws a FAIR loss exceedance curve as a standalone SVG picture: the probability (0–100 %, linear) that a year's
 * loss reaches at least each loss (logarithmic axis, one gridline per power of ten, because simulated losses span
 * several orders of magnitude), with the risk appetite as a dashed vertical line. A logarithmic axis cannot show a
 * loss of zero or below, so such points are left out of the drawing. The curve is a {@code <polyline
 * class="curve">}; each point also a {@code <circle class="point">} with {@code data-loss} and
 * {@code data-probability}; the appetite a {@code <line class="appetite">} with {@code data-loss}.
 *
 * <pre>{@code
 * FairResult r = FairSimulation.builder()...lossPoints(...).build().run();
 * String svg = LossExceedanceChart.svg(r, 1_000_000);
 * }</pre>
 *
 * @since 0.2
 */
public final class LossExceedanceChart {
    private static final double LEFT = 72;
    private static final double TOP = 56;
    private static final double PLOT_W = 560;
    private static final double PLOT_H = 300;

    private LossExceedanceChart() {
    }

    /**
     * Draws the portfolio's curve of a simulation.
     *
     * @param result the simulation result, whose portfolio curve has a point above zero loss, not null
     * @param appetite the risk appetite, a loss per year above 0
     * @return the SVG document
     * @throws IllegalArgumentException as {@link #svg(LossSummary, double)}
     */
    public static String svg(FairResult result, double appetite) {
        return svg(Objects.requireNonNull(result, "result").portfolio(), appetite);
    }

    /**
     * Draws the curve of one scenario or of the portfolio.
     *
     * @param summary the loss summary, whose curve has a point above zero loss, not null
     * @param appetite the risk appetite, a loss per year above 0
     * @return the SVG document
     * @throws IllegalArgumentException if the appetite is not finite and above 0, or the curve has no point above
     *         zero loss (ask the simulation for loss points), naming the value
     */
    public static String svg(LossSummary summary, double appetite) {
        Objects.requireNonNull(summary, "summary");
        if (!(appetite > 0 && Double.isFinite(appetite))) {
            throw new IllegalArgumentException("loss exceedance chart appetite must be finite and above 0 but was "
                    + appetite);
        }
        List<ExceedancePoint> points = new ArrayList<>();
        for (ExceedancePoint p : summary.exceedanceCurve()) {
            if (p.loss() > 0) {
                points.add(p);
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("loss exceedance chart curve must have a point above zero loss but had "
                    + summary.exceedanceCurve().size() + " points, none above zero");
        }
        LogAxis x = LogAxis.covering(points.get(0).loss(), Math.max(points.get(points.size() - 1).loss(), appetite),
                LEFT, PLOT_W);
        SvgWriter w = new SvgWriter(LEFT + PLOT_W + 40, TOP + PLOT_H + 64, "loss-exceedance",
                "Loss exceedance curve", "The probability that a year's loss reaches at least a given amount ("
                + points.size() + " points, logarithmic loss axis), with the risk appetite of "
                + LogAxis.label(appetite) + " marked.");
        w.text("text", "Loss exceedance curve", "x", "12", "y", "28", "font-size", "18", "font-weight", "bold");
        axes(w, x);
        curve(w, x, points);
        double ax = x.position(appetite);
        w.element("line", "class", "appetite", "data-loss", SvgWriter.exact(appetite), "x1", num(ax), "x2", num(ax),
                "y1", num(TOP), "y2", num(TOP + PLOT_H), "stroke", "#c62828", "stroke-width", "2",
                "stroke-dasharray", "6 4");
        w.text("text", "Risk appetite " + LogAxis.label(appetite), "class", "appetite-label", "x", num(ax + 6), "y",
                num(TOP + 14), "fill", "#c62828");
        return w.finish();
    }

    private static void axes(SvgWriter w, LogAxis x) {
        w.open("g", "class", "axes", "stroke", "#cccccc");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + PLOT_H * (1 - i / 4.0);
            w.element("line", "x1", num(LEFT), "x2", num(LEFT + PLOT_W), "y1", num(y), "y2", num(y));
            w.text("text", (25 * i) + " %", "class", "probability-label", "x", num(LEFT - 8), "y", num(y + 4),
                    "text-anchor", "end", "stroke", "none", "fill", "#000000");
        }
        for (int e = x.fromExponent(); e <= x.toExponent(); e++) {
            double px = x.position(Math.pow(10, e));
            w.element("line", "x1", num(px), "x2", num(px), "y1", num(TOP), "y2", num(TOP + PLOT_H));
            w.text("text", LogAxis.label(Math.pow(10, e)), "class", "loss-label", "x", num(px), "y",
                    num(TOP + PLOT_H + 18), "text-anchor", "middle", "stroke", "none", "fill", "#000000");
        }
        w.close();
        w.text("text", "Annual loss (log scale)", "class", "axis-title", "x", num(LEFT + PLOT_W / 2), "y",
                num(TOP + PLOT_H + 44), "text-anchor", "middle", "font-weight", "bold");
        w.text("text", "P(loss ≥ x)", "class", "axis-title", "x", "12", "y", num(TOP - 10), "font-weight", "bold");
    }

    private static void curve(SvgWriter w, LogAxis x, List<ExceedancePoint> points) {
        StringBuilder line = new StringBuilder();
        for (ExceedancePoint p : points) {
            line.append(line.length() == 0 ? "" : " ").append(num(x.position(p.loss()))).append(',')
                    .append(num(y(p.probability())));
        }
        w.element("polyline", "class", "curve", "points", line.toString(), "fill", "none", "stroke", "#1565c0",
                "stroke-width", "2");
        for (ExceedancePoint p : points) {
            w.open("circle", "class", "point", "data-loss", SvgWriter.exact(p.loss()), "data-probability",
                    SvgWriter.exact(p.probability()), "cx", num(x.position(p.loss())), "cy", num(y(p.probability())),
                    "r", "3", "fill", "#1565c0");
            w.text("title", "P(loss ≥ " + LogAxis.label(p.loss()) + ") = " + SvgWriter.number(100 * p.probability())
                    + " %");
            w.close();
        }
    }

    private static double y(double probability) {
        return TOP + PLOT_H * (1 - probability);
    }

    private static String num(double v) {
        return SvgWriter.number(v);
    }
}
