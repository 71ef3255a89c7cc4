// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.fair.ExceedancePoint;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.LossSummary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LossExceedanceChartTest {
    private static final List<ExceedancePoint> CURVE = List.of(new ExceedancePoint(0, 1),
            new ExceedancePoint(10_000, 0.9), new ExceedancePoint(100_000, 0.5), new ExceedancePoint(1_000_000, 0.1),
            new ExceedancePoint(5_000_000, 0.01));

    private static LossSummary summary(List<ExceedancePoint> curve) {
        return new LossSummary(300_000, 0, 9_000_000, 5_000, 100_000, 1_000_000, 2_000_000, 5_000_000, curve, 0.08);
    }

    @Test
    void drawsEveryPointAboveZeroInOrderWithTheAppetite() {
        Document d = SvgDocs.parse(LossExceedanceChart.svg(summary(CURVE), 2_000_000));
        List<Element> points = SvgDocs.byClass(d, "circle", "point");
        assertEquals(4, points.size());
        assertEquals(List.of("10000", "100000", "1000000", "5000000"),
                points.stream().map(e -> e.getAttribute("data-loss")).toList());
        assertEquals(List.of("0.9", "0.5", "0.1", "0.01"),
                points.stream().map(e -> e.getAttribute("data-probability")).toList());
        double previousX = -1;
        for (Element p : points) {
            double x = Double.parseDouble(p.getAttribute("cx"));
            assertTrue(x > previousX);
            previousX = x;
        }
        String[] vertices = SvgDocs.byClass(d, "polyline", "curve").get(0).getAttribute("points").split(" ");
        assertEquals(4, vertices.length);
        assertEquals(points.get(0).getAttribute("cx") + "," + points.get(0).getAttribute("cy"), vertices[0]);
        Element appetite = SvgDocs.byClass(d, "line", "appetite").get(0);
        assertEquals("2000000", appetite.getAttribute("data-loss"));
        assertTrue(Double.parseDouble(appetite.getAttribute("x1")) > Double.parseDouble(points.get(2)
                .getAttribute("cx")));
        assertTrue(Double.parseDouble(appetite.getAttribute("x1")) < previousX);
        assertEquals(List.of("Risk appetite 2M"), SvgDocs.texts(d, "appetite-label"));
    }

    @Test
    void labelsTheLogAxisByPowersOfTenAndTheProbabilityAxisInPercent() {
        Document d = SvgDocs.parse(LossExceedanceChart.svg(summary(CURVE), 2_000_000));
        assertEquals(List.of("10k", "100k", "1M", "10M"), SvgDocs.texts(d, "loss-label"));
        assertEquals(List.of("0 %", "25 %", "50 %", "75 %", "100 %"), SvgDocs.texts(d, "probability-label"));
        Element p = SvgDocs.byClass(d, "circle", "point").get(1);
        assertEquals("P(loss ≥ 100k) = 50 %", p.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void drawsAFairResultsPortfolio() {
        FairResult r = new FairResult(List.of(summary(CURVE)), summary(CURVE), 42, 1000);
        assertEquals(LossExceedanceChart.svg(summary(CURVE), 500), LossExceedanceChart.svg(r, 500));
    }

    @Test
    void rejectsABadAppetiteOrACurveWithNothingToDraw() {
        assertEquals("loss exceedance chart appetite must be finite and above 0 but was 0.0", assertThrows(
                IllegalArgumentException.class, () -> LossExceedanceChart.svg(summary(CURVE), 0)).getMessage());
        assertEquals("loss exceedance chart appetite must be finite and above 0 but was NaN", assertThrows(
                IllegalArgumentException.class, () -> LossExceedanceChart.svg(summary(CURVE), Double.NaN))
                .getMessage());
        assertEquals("loss exceedance chart curve must have a point above zero loss but had 1 points, none above zero",
                assertThrows(IllegalArgumentException.class, () -> LossExceedanceChart.svg(summary(List.of(
                        new ExceedancePoint(0, 1))), 10)).getMessage());
        assertEquals("summary", assertThrows(NullPointerException.class,
                () -> LossExceedanceChart.svg((LossSummary) null, 10)).getMessage());
    }
}
