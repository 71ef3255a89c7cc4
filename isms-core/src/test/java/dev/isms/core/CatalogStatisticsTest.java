// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogStatisticsTest {
    private final CatalogStatistics stats = TestCatalogs.small().statistics();

    @Test
    void countsEveryValueOfAnAttributeInVocabularyOrder() {
        Map<AttributeValue, Integer> counts = stats.counts(Attribute.CONTROL_TYPE);
        assertEquals(List.of(ControlType.PREVENTIVE, ControlType.DETECTIVE, ControlType.CORRECTIVE),
                List.copyOf(counts.keySet()));
        assertEquals(List.of(3, 2, 1), List.copyOf(counts.values()));
        assertEquals(0, stats.counts(Attribute.OPERATIONAL_CAPABILITY).get(OperationalCapability.CONTINUITY));
    }

    @Test
    void countsThemes() {
        assertEquals(Map.of(Theme.ORGANIZATIONAL, 2, Theme.PEOPLE, 0, Theme.PHYSICAL, 0, Theme.TECHNOLOGICAL, 2),
                stats.themeCounts());
        assertEquals(4, stats.total());
    }

    @Test
    void crossTabulatesTwoAttributes() {
        CrossTab t = stats.crossTab(Attribute.CYBERSECURITY_CONCEPT, Attribute.SECURITY_DOMAIN);
        assertEquals(2, t.count(CybersecurityConcept.DETECT, SecurityDomain.DEFENCE));
        assertEquals(1, t.count(CybersecurityConcept.PROTECT, SecurityDomain.DEFENCE));
        assertEquals(0, t.count(CybersecurityConcept.RECOVER, SecurityDomain.PROTECTION));
    }

    @Test
    void resultsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> stats.counts(Attribute.CONTROL_TYPE).clear());
        assertThrows(UnsupportedOperationException.class, () -> stats.themeCounts().clear());
    }

    @Test
    void toStringListsCounts() {
        assertTrue(stats.toString().startsWith("CatalogStatistics[total=4, Organizational=2"), stats.toString());
        assertTrue(stats.toString().contains("#Preventive=3"));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> stats.crossTab(null, Attribute.CONTROL_TYPE));
        assertThrows(NullPointerException.class, () -> stats.count((AttributeValue) null));
    }
}
