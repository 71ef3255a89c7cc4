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
}
