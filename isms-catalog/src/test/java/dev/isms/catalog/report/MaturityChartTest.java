// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Attribute;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.MaturityScale;
import dev.isms.core.assessment.Rollup;
import dev.isms.core.assessment.ScoringStrategies;
import dev.isms.core.internal.SvgWriter;
import dev.isms.core.testkit.SvgDocs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MaturityChartTest {
    private static final GapAssessment GAP = ReportFixtures.gap();

    private static void assertBarsShow(Document d, List<Rollup> rollups) {
        List<Element> bars = SvgDocs.byClass(d, "g", "bar");
        assertEquals(rollups.size(), bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Element bar = bars.get(i);
            Rollup r = rollups.get(i);
            assertEquals(r.key(), bar.getAttribute("data-key"));
            assertEquals(r.label(), SvgDocs.text(bar, "bar-label"));
            assertEquals(SvgWriter.exact(r.score().getAsDouble()), bar.getAttribute("data-score"));
            assertEquals(String.format(Locale.ROOT, "%.1f", r.score().getAsDouble()), SvgDocs.text(bar, "bar-value"));
            Element fill = (Element) bar.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0);
            double width = Double.parseDouble(fill.getAttribute("width"));
            assertEquals(400 * r.score().getAsDouble() / 5, width, 0.01);
        }
    }

    @Test
    void drawsOneBarPerThemeWithItsScore() {
        Document d = SvgDocs.parse(MaturityChart.byTheme(GAP, ScoringStrategies.average()));
        List<Rollup> themes = GAP.rollups(ScoringStrategies.average()).byTheme();
        assertEquals(4, themes.size());
        assertBarsShow(d, themes);
        assertEquals("Maturity by theme", d.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("0 0 700 232", d.getDocumentElement().getAttribute("viewBox"));
    }

    @Test
    void drawsOneBarPerCybersecurityConceptWithItsScore() {
        Document d = SvgDocs.parse(MaturityChart.byConcept(GAP, ScoringStrategies.minimum()));
        List<Rollup> concepts = GAP.rollups(ScoringStrategies.minimum()).byAttribute(Attribute.CYBERSECURITY_CONCEPT);
        assertEquals(List.of("#Identify", "#Protect", "#Detect", "#Respond", "#Recover"),
                concepts.stream().map(Rollup::key).toList());
        assertBarsShow(d, concepts);
    }

    @Test
    void aGroupWithoutScoreHasNoBarAndSaysSo() {
        Rollup empty = new Rollup("#Nothing", "Nothing <here>", Map.of(Conformity.NOT_ASSESSED, 2),
                OptionalDouble.empty());
        Rollup full = new Rollup("#All", "All", Map.of(Conformity.CONFORMANT, 1), OptionalDouble.of(5));
        Document d = SvgDocs.parse(MaturityChart.of("Custom", List.of(empty, full), MaturityScale.defaultScale()));
        Element bar = SvgDocs.byClass(d, "g", "bar").get(0);
        assertEquals("", bar.getAttribute("data-score"));
        assertEquals("2", bar.getAttribute("data-items"));
        assertEquals("not scored", SvgDocs.text(bar, "bar-value"));
        assertEquals("Nothing <here>", SvgDocs.text(bar, "bar-label"));
        assertEquals(0, bar.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength());
        Element top = SvgDocs.byClass(d, "rect", "bar-fill").get(0);
        assertEquals(SvgWriter.ramp(0), top.getAttribute("fill"));
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), SvgDocs.byClass(d, "text", "level-label").stream()
                .map(Element::getTextContent).toList());
    }

    @Test
    void rejectsABlankTitleOrNoGroupsNamingThem() {
        MaturityScale s = MaturityScale.defaultScale();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MaturityChart.of(" ", List.of(), s))
                .getMessage().startsWith("maturity chart title must not be blank"));
        assertEquals("maturity chart 'Empty' rollups must hold at least one group but was empty",
                assertThrows(IllegalArgumentException.class, () -> MaturityChart.of("Empty", List.of(), s))
                        .getMessage());
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void eachBarRunsFromTheScalesMinimumToItsScoreInItsOwnRow() {
        Rollup low = new Rollup("#Low", "Low", Map.of(Conformity.PARTIALLY_CONFORMANT, 1), OptionalDouble.of(1));
        Rollup mid = new Rollup("#Mid", "Mid", Map.of(Conformity.PARTIALLY_CONFORMANT, 2), OptionalDouble.of(2.5));
        Rollup top = new Rollup("#Top", "Top", Map.of(Conformity.CONFORMANT, 3), OptionalDouble.of(4));
        Document d = SvgDocs.parse(MaturityChart.of("Scale 1 to 4", List.of(low, mid, top), MaturityScale.of(1, 4)));
        Map<String, Double> levelX = new java.util.HashMap<>();
        double labelY = 0;
        for (Element label : SvgDocs.byClass(d, "text", "level-label")) {
            levelX.put(label.getTextContent(), number(label, "x"));
            labelY = number(label, "y");
        }
        assertEquals(List.of("1", "2", "3", "4"), SvgDocs.byClass(d, "text", "level-label").stream()
                .map(Element::getTextContent).toList());
        double step = levelX.get("2") - levelX.get("1");
        assertTrue(step > 0);
        assertEquals(step, levelX.get("4") - levelX.get("3"), 0.02);
        List<Element> fills = SvgDocs.byClass(d, "rect", "bar-fill");
        double[] scores = {1, 2.5, 4};
        double previousBottom = 0;
        for (int i = 0; i < fills.size(); i++) {
            Element fill = fills.get(i);
            assertEquals(levelX.get("1"), number(fill, "x"), 1e-6, "bars start at the scale's minimum");
            assertEquals(step * (scores[i] - 1), number(fill, "width"), 0.02, "bar " + i + " ends at its score");
            assertTrue(number(fill, "y") >= previousBottom, "rows do not overlap");
            previousBottom = number(fill, "y") + number(fill, "height");
            assertTrue(previousBottom < labelY, "bars above the level labels");
            Element bar = SvgDocs.byClass(d, "g", "bar").get(i);
            Element value = SvgDocs.byClass(bar, "text", "bar-value").get(0);
            assertTrue(number(value, "x") > number(fill, "x") + number(fill, "width"), "value right of the bar");
            assertTrue(number(value, "y") > number(fill, "y") && number(value, "y") < previousBottom,
                    "value beside its bar");
            Element label = SvgDocs.byClass(bar, "text", "bar-label").get(0);
            assertTrue(number(label, "x") < number(fill, "x"), "label left of the bar");
            assertEquals(number(value, "y"), number(label, "y"), 1e-6);
        }
        assertEquals(SvgWriter.ramp(1), fills.get(0).getAttribute("fill"));
        assertEquals(SvgWriter.ramp(0.5), fills.get(1).getAttribute("fill"));
        assertEquals(SvgWriter.ramp(0), fills.get(2).getAttribute("fill"));
        for (Element line : SvgDocs.byClass(d, "line", "")) {
            assertTrue(number(line, "y1") < number(fills.get(0), "y") && number(line, "y2") > previousBottom,
                    "gridlines span every row");
        }
        double height = number(d.getDocumentElement(), "height");
        assertTrue(labelY < height && labelY > previousBottom);
        Document more = SvgDocs.parse(MaturityChart.of("Scale 1 to 4", List.of(low, mid, top, low),
                MaturityScale.of(1, 4)));
        assertEquals(height + 30, number(more.getDocumentElement(), "height"), 1e-6, "one row more, 30 units taller");
    }
}
