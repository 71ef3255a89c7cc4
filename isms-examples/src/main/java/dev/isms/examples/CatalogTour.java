// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.CatalogStatistics;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlType;
import dev.isms.core.CrossTab;
import dev.isms.core.SecurityProperty;
import dev.isms.core.Theme;
import dev.isms.core.mapping.MappingSet;
import java.io.PrintStream;

/**
 * A tour of the built-in ISO/IEC 27002:2022 catalogue for researchers: counts per theme and attribute value, the
 * controls new in 2022, the 2013 controls merged into 5.1, a concept × domain cross-tab and a three-attribute
 * query, printed as aligned text tables.
 *
 * <p>Run: {@code java -cp isms-examples/target/isms-examples.jar dev.isms.examples.CatalogTour}
 */
public final class CatalogTour {
    private CatalogTour() {
    }

    /**
     * Prints the tour to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        Catalog iso = Catalogs.iso27002_2022();
        CatalogStatistics stats = iso.statistics();
        out.println(iso.title() + " (" + iso.id() + "): " + stats.total() + " controls");
        out.println();
        TextTable themes = new TextTable("Theme", "Clause", "Controls");
        for (Theme t : Theme.values()) {
            themes.row(t.label(), t.clause(), stats.count(t));
        }
        out.println(themes);
        for (Attribute a : Attribute.values()) {
            TextTable table = new TextTable(a.label(), "Controls");
            for (AttributeValue v : a.vocabulary()) {
                table.row(v.tag(), stats.count(v));
            }
            out.println(table);
        }
        MappingSet transition = Catalogs.mapping2013To2022();
        TextTable added = new TextTable("New in 2022", "Title");
        for (ControlId id : transition.targetsWithoutSource(iso)) {
            added.row(id, iso.require(id).title());
        }
        out.println(added);
        Catalog old = Catalogs.iso27001_2013();
        TextTable merged = new TextTable("2013 control", "Title (2013)");
        for (ControlId id : transition.sourcesOf("5.1")) {
            merged.row(id, old.require(id).title());
        }
        out.println("Merged into 5.1 " + iso.require("5.1").title() + ":");
        out.println(merged);
        CrossTab tab = stats.crossTab(Attribute.CYBERSECURITY_CONCEPT, Attribute.SECURITY_DOMAIN);
        String[] header = new String[tab.columns().size() + 1];
        header[0] = "Concept \\ Domain";
        for (int c = 0; c < tab.columns().size(); c++) {
            header[c + 1] = tab.columns().get(c).tagName();
        }
        TextTable cross = new TextTable(header);
        for (AttributeValue r : tab.rows()) {
            Object[] cells = new Object[tab.columns().size() + 1];
            cells[0] = r.tag();
            for (int c = 0; c < tab.columns().size(); c++) {
                cells[c + 1] = tab.count(r, tab.columns().get(c));
            }
            cross.row(cells);
        }
        out.println(cross);
        out.println("Technological controls, #Preventive, #Confidentiality and #Integrity, not #Corrective:");
        TextTable query = new TextTable("Control", "Title");
        for (Control c : iso.query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE)
                .all(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY).not(ControlType.CORRECTIVE)
                .list()) {
            query.row(c.id(), c.title());
        }
        out.print(query);
    }
}
