// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.testkit.SvgDocs;
import dev.isms.risk.fair.ExceedancePoint;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.LossSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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

    @Test
    void placesEveryPointWhereItsLossAndProbabilityMeetTheAxes() {
        Document d = SvgDocs.parse(LossExceedanceChart.svg(summary(CURVE), 2_000_000));
        Map<String, Double> gridX = new HashMap<>();
        for (Element label : SvgDocs.byClass(d, "text", "loss-label")) {
            gridX.put(label.getTextContent(), Double.parseDouble(label.getAttribute("x")));
        }
        Map<String, Double> gridY = new HashMap<>();
        for (Element label : SvgDocs.byClass(d, "text", "probability-label")) {
            gridY.put(label.getTextContent(), Double.parseDouble(label.getAttribute("y")) - 4);
        }
        double decade = gridX.get("100k") - gridX.get("10k");
        assertEquals(decade, gridX.get("1M") - gridX.get("100k"), 0.02);
        assertEquals(decade, gridX.get("10M") - gridX.get("1M"), 0.02);
        double bottom = gridY.get("0 %");
        double top = gridY.get("100 %");
        assertEquals((bottom - top) / 4, bottom - gridY.get("25 %"), 0.02);
        for (Element p : SvgDocs.byClass(d, "circle", "point")) {
            double loss = Double.parseDouble(p.getAttribute("data-loss"));
            double probability = Double.parseDouble(p.getAttribute("data-probability"));
            double expectedX = gridX.get("10k") + decade * (Math.log10(loss) - 4);
            assertEquals(expectedX, Double.parseDouble(p.getAttribute("cx")), 0.05, "x of " + loss);
            assertEquals(bottom - (bottom - top) * probability, Double.parseDouble(p.getAttribute("cy")), 0.02,
                    "y of " + probability);
        }
        Element appetite = SvgDocs.byClass(d, "line", "appetite").get(0);
        double appetiteX = gridX.get("1M") + decade * Math.log10(2);
        assertEquals(appetiteX, Double.parseDouble(appetite.getAttribute("x1")), 0.05);
        assertEquals(appetiteX, Double.parseDouble(appetite.getAttribute("x2")), 0.05);
        assertEquals(top, Double.parseDouble(appetite.getAttribute("y1")), 0.01);
        assertEquals(bottom, Double.parseDouble(appetite.getAttribute("y2")), 0.01);
        Element label = SvgDocs.byClass(d, "text", "appetite-label").get(0);
        assertTrue(Double.parseDouble(label.getAttribute("x")) > appetiteX, "label right of the line");
        double[] svgSize = {Double.parseDouble(d.getDocumentElement().getAttribute("width")),
            Double.parseDouble(d.getDocumentElement().getAttribute("height"))};
        assertTrue(gridX.get("10M") < svgSize[0] && bottom < svgSize[1], "plot inside the picture");
    }

    @Test
    void widensTheLossAxisToShowAnAppetiteBeyondTheCurve() {
        Document d = SvgDocs.parse(LossExceedanceChart.svg(summary(CURVE), 50_000_000));
        assertEquals(List.of("10k", "100k", "1M", "10M", "100M"), SvgDocs.texts(d, "loss-label"));
        assertEquals(List.of("Risk appetite 50M"), SvgDocs.texts(d, "appetite-label"));
        List<String> describes = new ArrayList<>();
        NodeList desc = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc");
        for (int i = 0; i < desc.getLength(); i++) {
            describes.add(desc.item(i).getTextContent());
        }
        assertEquals(List.of("The probability that a year's loss reaches at least a given amount (4 points, "
                + "logarithmic loss axis), with the risk appetite of 50M marked."), describes);
    }

    @Test
    void rejectsAnInfiniteAppetiteAndANullResult() {
        assertEquals("loss exceedance chart appetite must be finite and above 0 but was Infinity", assertThrows(
                IllegalArgumentException.class, () -> LossExceedanceChart.svg(summary(CURVE),
                        Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("loss exceedance chart appetite must be finite and above 0 but was -1.0", assertThrows(
                IllegalArgumentException.class, () -> LossExceedanceChart.svg(summary(CURVE), -1)).getMessage());
        assertEquals("result", assertThrows(NullPointerException.class,
                () -> LossExceedanceChart.svg((FairResult) null, 10)).getMessage());
    }
}
