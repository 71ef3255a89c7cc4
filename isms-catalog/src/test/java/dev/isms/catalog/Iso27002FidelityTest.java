// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.catalog.internal.csv.CsvRow;
import dev.isms.catalog.internal.csv.CsvTable;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.CatalogStatistics;
import dev.isms.core.Control;
import dev.isms.core.ControlType;
import dev.isms.core.CybersecurityConcept;
import dev.isms.core.SecurityDomain;
import dev.isms.core.SecurityProperty;
import dev.isms.core.Theme;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compares the loaded ISO/IEC 27002:2022 catalogue with the reference CSV files, cell by cell. */
class Iso27002FidelityTest {
    private static final String[] COLUMNS = {"control_types", "properties", "concepts", "capabilities", "domains"};
    private static final Map<String, Attribute> ATTRIBUTE_NAMES = Map.of("control type", Attribute.CONTROL_TYPE,
            "information security property", Attribute.SECURITY_PROPERTY,
            "cybersecurity concept", Attribute.CYBERSECURITY_CONCEPT,
            "operational capability", Attribute.OPERATIONAL_CAPABILITY,
            "security domain", Attribute.SECURITY_DOMAIN);

    private final Catalog catalog = Catalogs.iso27002_2022();

    @Test
    void everyControlMatchesItsRow() {
        CsvTable t = SharedData.table("iso27002-2022-attributes.csv");
        assertEquals(93, t.rows().size());
        assertEquals(93, catalog.size());
        for (int i = 0; i < t.rows().size(); i++) {
            CsvRow row = t.rows().get(i);
            Control c = catalog.controls().get(i);
            String id = t.get(row, "id");
            assertEquals(id, c.id().toString(), "order at line " + row.line());
            assertEquals(t.get(row, "title"), c.title(), id);
            assertEquals(t.get(row, "theme"), c.theme().orElseThrow().label(), id);
            assertEquals(Integer.toString(c.theme().orElseThrow().clause()), c.group().orElseThrow(), id);
            Attribute[] attributes = Attribute.values();
            for (int a = 0; a < attributes.length; a++) {
                List<String> names = new ArrayList<>();
                for (AttributeValue v : c.attributes().values(attributes[a])) {
                    names.add(v.tagName());
                }
                assertEquals(t.get(row, COLUMNS[a]), String.join("|", names), id + " " + COLUMNS[a]);
            }
        }
    }

    @Test
    void themesHaveTheirSizes() {
        CatalogStatistics s = catalog.statistics();
        assertEquals(List.of(37, 8, 14, 34), List.of(s.count(Theme.ORGANIZATIONAL), s.count(Theme.PEOPLE),
                s.count(Theme.PHYSICAL), s.count(Theme.TECHNOLOGICAL)));
        assertEquals(List.of("Organizational controls", "People controls", "Physical controls",
                "Technological controls"), catalog.groups().stream().map(g -> g.title()).toList());
    }

    @Test
    void everyPublishedCountMatchesTheStatistics() {
        CsvTable t = SharedData.table("iso27002-2022-attribute-counts.csv");
        assertEquals(30, t.rows().size());
        for (CsvRow row : t.rows()) {
            AttributeValue v = ATTRIBUTE_NAMES.get(t.get(row, "attribute")).parse(t.get(row, "value"));
            assertEquals(Integer.parseInt(t.get(row, "controls")), catalog.statistics().count(v), v.tag());
        }
    }

    @Test
    void passesTheQuickChecksOfTheReadme() {
        CatalogStatistics s = catalog.statistics();
        assertEquals(List.of(83, 13, 14), List.of(s.count(ControlType.PREVENTIVE), s.count(ControlType.DETECTIVE),
                s.count(ControlType.CORRECTIVE)));
        assertEquals(List.of(87, 84, 85), List.of(s.count(SecurityProperty.CONFIDENTIALITY),
                s.count(SecurityProperty.INTEGRITY), s.count(SecurityProperty.AVAILABILITY)));
        assertEquals(List.of(23, 71, 14, 11, 6), List.of(s.count(CybersecurityConcept.IDENTIFY),
                s.count(CybersecurityConcept.PROTECT), s.count(CybersecurityConcept.DETECT),
                s.count(CybersecurityConcept.RESPOND), s.count(CybersecurityConcept.RECOVER)));
        assertEquals(List.of(27, 69, 22, 8), List.of(s.count(SecurityDomain.GOVERNANCE_AND_ECOSYSTEM),
                s.count(SecurityDomain.PROTECTION), s.count(SecurityDomain.DEFENCE),
                s.count(SecurityDomain.RESILIENCE)));
        assertEquals(List.of("5.7", "8.7"), catalog.query().all(ControlType.PREVENTIVE, ControlType.DETECTIVE,
                ControlType.CORRECTIVE).ids().stream().map(Object::toString).toList());
        List<String> integrityOnly = new ArrayList<>();
        for (Control c : catalog.controls()) {
            if (c.attributes().securityProperties().equals(EnumSet.of(SecurityProperty.INTEGRITY))) {
                integrityOnly.add(c.id().toString());
            }
        }
        assertEquals(List.of("8.17"), integrityOnly);
    }
}
