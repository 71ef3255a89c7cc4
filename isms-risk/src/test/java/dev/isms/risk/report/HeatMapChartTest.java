// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.internal.SvgWriter;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.Tier;
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
        assertEquals(List.of("Minor", "Moderate", "Major", "Severe", "Critical"), SvgDocs.texts(d, "consequence-label"));
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
}
