// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.internal.SvgWriter;
import dev.isms.core.testkit.SvgDocs;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.Tier;
import dev.isms.risk.criteria.AcceptanceCriteria;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.register.HeatMap;
import dev.isms.risk.register.RiskRegister;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HeatMapChartTest {

    private static Element cell(Document d, int l, int c) {
        for (Element e : SvgDocs.byClass(d, "g", "cell")) {
            if (e.getAttribute("data-likelihood").equals(Integer.toString(l))
                    && e.getAttribute("data-consequence").equals(Integer.toString(c))) {
                return e;
            }
        }
        throw new AssertionError("no cell " + l + "/" + c);
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static Element first(Element parent, String tag) {
        return (Element) parent.getElementsByTagName(tag).item(0);
    }

    @Test
    void laysTheGridOutRowsUpColumnsRightWithLabelsBesideAndEverythingInsideTheView() {
        int[][] counts = new int[5][5];
        Document d = SvgDocs.parse(HeatMapChart.svg(new HeatMap(Tier.INHERENT, counts), RiskFixtures.criteria()));
        String[] box = d.getDocumentElement().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        Element origin = first(cell(d, 1, 1), "rect");
        double w = num(origin, "width");
        double h = num(origin, "height");
        for (int l = 1; l <= 5; l++) {
            for (int c = 1; c <= 5; c++) {
                Element rect = first(cell(d, l, c), "rect");
                assertEquals(num(origin, "x") + (c - 1) * w, num(rect, "x"), 1e-9, "columns tile to the right");
                assertEquals(num(origin, "y") - (l - 1) * h, num(rect, "y"), 1e-9, "higher likelihood above");
                Element count = first(cell(d, l, c), "text");
                assertTrue(num(count, "x") > num(rect, "x") && num(count, "x") < num(rect, "x") + w);
                assertTrue(num(count, "y") > num(rect, "y") && num(count, "y") < num(rect, "y") + h);
            }
        }
        double left = num(origin, "x");
        double top = num(first(cell(d, 5, 1), "rect"), "y");
        double bottom = num(origin, "y") + h;
        assertTrue(top > 28 && left + 5 * w < width && bottom < height,
                "the grid sits inside the view, below the title");
        List<Element> rows = SvgDocs.byClass(d, "text", "likelihood-label");
        for (int i = 0; i < rows.size(); i++) {
            Element label = rows.get(i);
            double rowTop = top + i * h;
            assertTrue(num(label, "x") <= left && num(label, "x") > 0, "likelihood labels left of the grid");
            assertTrue(num(label, "y") > rowTop && num(label, "y") < rowTop + h, "each label in its row");
        }
        List<Element> columns = SvgDocs.byClass(d, "text", "consequence-label");
        for (int i = 0; i < columns.size(); i++) {
            Element label = columns.get(i);
            assertEquals(left + (i + 0.5) * w, num(label, "x"), 1e-9, "each label under its column's middle");
            assertTrue(num(label, "y") > bottom && num(label, "y") < height, "consequence labels under the grid");
        }
        double previous = -1;
        for (Element legend : SvgDocs.byClass(d, "text", "legend-level")) {
            assertTrue(num(legend, "y") > bottom + 18 && num(legend, "y") < height, "legend below the axis labels");
            assertTrue(num(legend, "x") > previous && num(legend, "x") < width, "legend entries side by side");
            previous = num(legend, "x");
        }
    }

    @Test
    void aLegendOfMoreThanFourLevelsWrapsIntoRowsInsideTheView() {
        int[][] grid = new int[5][5];
        for (int l = 0; l < 5; l++) {
            for (int c = 0; c < 5; c++) {
                grid[l][c] = Math.min(5, (l + c) * 5 / 8);
            }
        }
        RiskCriteria six = RiskCriteria.builder("six", 1)
                .likelihood(Scale.of("likelihood", "1", "2", "3", "4", "5"))
                .consequence(Scale.of("consequence", "1", "2", "3", "4", "5"),
                        RiskMatrix.of(List.of("L0", "L1", "L2", "L3", "L4", "L5"), grid))
                .acceptance(AcceptanceCriteria.upTo("L1")).build();
        Document d = SvgDocs.parse(HeatMapChart.svg(new HeatMap(Tier.INHERENT, new int[5][5]), six));
        List<Element> legend = SvgDocs.byClass(d, "text", "legend-level");
        assertEquals(6, legend.size());
        assertEquals(num(legend.get(0), "x"), num(legend.get(4), "x"), 1e-9, "the fifth starts a new row");
        assertTrue(num(legend.get(4), "y") > num(legend.get(0), "y"));
        double height = Double.parseDouble(d.getDocumentElement().getAttribute("viewBox").split(" ")[3]);
        assertTrue(num(legend.get(5), "y") < height, "the second row fits the view");
        List<Element> swatches = new java.util.ArrayList<>();
        for (Element g : SvgDocs.byClass(d, "g", "legend")) {
            for (int i = 0; i < g.getElementsByTagName("rect").getLength(); i++) {
                swatches.add((Element) g.getElementsByTagName("rect").item(i));
            }
        }
        assertEquals(SvgWriter.ramp(0), swatches.get(0).getAttribute("fill"));
        assertEquals(SvgWriter.ramp(0.2), swatches.get(1).getAttribute("fill"));
        assertEquals(SvgWriter.ramp(1), swatches.get(5).getAttribute("fill"));
    }

    @Test
    void drawsEveryCellWithItsCountAndLevelColour() {
        int[][] counts = new int[5][5];
        counts[3][4] = 2;
        counts[0][0] = 7;
        Document d = SvgDocs.parse(HeatMapChart.svg(new HeatMap(Tier.INHERENT, counts), RiskFixtures.criteria()));
        assertEquals("http://www.w3.org/2000/svg", d.getDocumentElement().getNamespaceURI());
        assertTrue(d.getDocumentElement().getAttribute("viewBox").startsWith("0 0 "));
        assertEquals(25, SvgDocs.byClass(d, "g", "cell").size());
        Element hot = cell(d, 4, 5);
        assertEquals("2", hot.getAttribute("data-count"));
        assertEquals("Critical", hot.getAttribute("data-level"));
        assertEquals("2", ((Element) hot.getElementsByTagName("text").item(0)).getTextContent());
        assertEquals(SvgWriter.ramp(1), ((Element) hot.getElementsByTagName("rect").item(0)).getAttribute("fill"));
        Element cold = cell(d, 1, 1);
        assertEquals("7", cold.getAttribute("data-count"));
        assertEquals("Low", cold.getAttribute("data-level"));
        assertEquals(SvgWriter.ramp(0), ((Element) cold.getElementsByTagName("rect").item(0)).getAttribute("fill"));
        assertEquals("0", cell(d, 3, 3).getAttribute("data-count"));
        assertEquals("Likelihood Likely, consequence Critical, level Critical: 2 scenarios",
                hot.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void labelsTheAxesWithTheScaleNamesAndTheLegendWithTheLevels() {
        Document d = SvgDocs.parse(HeatMapChart.svg(new HeatMap(Tier.RESIDUAL, new int[5][5]),
                RiskFixtures.criteria()));
        assertEquals(List.of("Almost certain", "Likely", "Possible", "Unlikely", "Rare"),
                SvgDocs.texts(d, "likelihood-label"));
        assertEquals(List.of("Minor", "Moderate", "Major", "Severe", "Critical"),
                SvgDocs.texts(d, "consequence-label"));
        assertEquals(List.of("Low", "Medium", "High", "Critical"), SvgDocs.texts(d, "legend-level"));
        assertEquals("Residual risk heat map", d.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void drawsARegistersHeatMapWithItsTotal() {
        RiskRegister r = RiskFixtures.register().build();
        HeatMap map = r.heatMap(Tier.INHERENT);
        Document d = SvgDocs.parse(HeatMapChart.svg(map, r.criteria()));
        int sum = 0;
        for (Element e : SvgDocs.byClass(d, "g", "cell")) {
            sum += Integer.parseInt(e.getAttribute("data-count"));
        }
        assertEquals(map.total(), sum);
        assertEquals(2, sum);
    }

    @Test
    void cellsBeyondTheMatrixAreGreyAndNumbered() {
        Document d = SvgDocs.parse(HeatMapChart.svg(new HeatMap(Tier.CURRENT, new int[5][6]),
                RiskFixtures.criteria()));
        Element extra = cell(d, 1, 6);
        assertEquals("", extra.getAttribute("data-level"));
        assertEquals("#dddddd", ((Element) extra.getElementsByTagName("rect").item(0)).getAttribute("fill"));
        assertEquals("6", SvgDocs.texts(d, "consequence-label").get(5));
    }

    @Test
    void rejectsNullsNamingThem() {
        assertEquals("map", assertThrows(NullPointerException.class,
                () -> HeatMapChart.svg(null, RiskFixtures.criteria())).getMessage());
        assertEquals("criteria", assertThrows(NullPointerException.class,
                () -> HeatMapChart.svg(new HeatMap(Tier.CURRENT, new int[1][1]), null)).getMessage());
    }

    private static RiskCriteria criteriaWithLevels(int n) {
        int[][] grid = new int[5][5];
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("L" + i);
        }
        for (int l = 0; l < 5; l++) {
            for (int c = 0; c < 5; c++) {
                grid[l][c] = (l + c) * (n - 1) / 8;
            }
        }
        return RiskCriteria.builder("levels " + n, 1).likelihood(Scale.of("likelihood", "1", "2", "3", "4", "5"))
                .consequence(Scale.of("consequence", "1", "2", "3", "4", "5"), RiskMatrix.of(names, grid))
                .acceptance(AcceptanceCriteria.upTo("L0")).build();
    }

    @Test
    void everyCellCarriesItsMatrixLevelAndItsLevelsColourAndEmptyCellsAreMuted() {
        RiskCriteria criteria = RiskFixtures.criteria();
        RiskMatrix m = criteria.matrix();
        int[][] counts = new int[5][5];
        counts[4][4] = 3;
        counts[0][4] = 1;
        Document d = SvgDocs.parse(HeatMapChart.svg(new HeatMap(Tier.INHERENT, counts), criteria));
        for (int l = 1; l <= 5; l++) {
            for (int c = 1; c <= 5; c++) {
                Element cell = cell(d, l, c);
                int rank = m.level(l, c);
                assertEquals(m.levelName(rank), cell.getAttribute("data-level"), l + "/" + c);
                assertEquals(SvgWriter.ramp(rank / 3.0), first(cell, "rect").getAttribute("fill"), l + "/" + c);
                Element count = first(cell, "text");
                boolean empty = counts[l - 1][c - 1] == 0;
                assertEquals(empty ? "normal" : "bold", count.getAttribute("font-weight"), l + "/" + c);
                assertEquals(empty ? "#555555" : "#000000", count.getAttribute("fill"), l + "/" + c);
            }
        }
    }

    @Test
    void theAxisTitlesAreCentredOnTheGridAndEachSwatchSitsBesideItsLevel() {
        Document d = SvgDocs.parse(HeatMapChart.svg(new HeatMap(Tier.INHERENT, new int[5][5]),
                RiskFixtures.criteria()));
        Element origin = first(cell(d, 1, 1), "rect");
        double left = num(origin, "x");
        double top = num(first(cell(d, 5, 1), "rect"), "y");
        double bottom = num(origin, "y") + num(origin, "height");
        double right = left + 5 * num(origin, "width");
        List<Element> titles = SvgDocs.byClass(d, "text", "axis-title");
        assertEquals(List.of("Consequence", "Likelihood"), titles.stream().map(Element::getTextContent).toList());
        assertEquals((left + right) / 2, num(titles.get(0), "x"), 0.01);
        assertTrue(num(titles.get(0), "y") > bottom);
        double middle = (top + bottom) / 2;
        assertEquals(middle, num(titles.get(1), "y"), 0.01);
        assertEquals("rotate(-90 20 " + SvgWriter.number(middle) + ")", titles.get(1).getAttribute("transform"));
        Element legend = SvgDocs.byClass(d, "g", "legend").get(0);
        List<Element> names = SvgDocs.byClass(legend, "text", "legend-level");
        for (int i = 0; i < names.size(); i++) {
            Element swatch = (Element) legend.getElementsByTagName("rect").item(i);
            Element name = names.get(i);
            assertTrue(num(swatch, "y") < num(name, "y") && num(swatch, "y") + num(swatch, "height") >= num(name,
                    "y") - 2, "swatch " + i + " on its name's line");
            assertTrue(num(swatch, "x") + num(swatch, "width") < num(name, "x"), "swatch " + i + " left of its name");
        }
    }

    @Test
    void thePictureEndsTheSameDistanceBelowTheLegendHoweverManyRowsItHas() {
        double margin = Double.NaN;
        for (int levels : new int[] {3, 4, 5, 8, 9}) {
            Document d = SvgDocs.parse(HeatMapChart.svg(new HeatMap(Tier.INHERENT, new int[5][5]),
                    criteriaWithLevels(levels)));
            List<Element> legend = SvgDocs.byClass(d, "text", "legend-level");
            assertEquals(levels, legend.size());
            double last = num(legend.get(levels - 1), "y");
            double height = num(d.getDocumentElement(), "height");
            if (Double.isNaN(margin)) {
                margin = height - last;
                assertTrue(margin > 0);
            }
            assertEquals(margin, height - last, 0.01, levels + " levels");
        }
    }
}
