// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.csv;

import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.CatalogStatistics;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.Theme;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The researchers' tables: the catalogue with its attributes, the attribute counts, a mapping set. */
public final class CatalogTables {
    /** The columns of the catalogue export, which {@link ControlsReader} reads back. */
    public static final List<String> CONTROLS = List.of("id", "title", "theme", "parent", "controlTypes",
            "securityProperties", "cybersecurityConcepts", "operationalCapabilities", "securityDomains");
    /** The columns of the attribute counts. */
    public static final List<String> COUNTS = List.of("attribute", "value", "controls");
    /** The columns of a mapping set. */
    public static final List<String> MAPPINGS = List.of("source", "target", "relationship", "rationale", "strength");

    private CatalogTables() {
    }

    /**
     * {@return one row per control: id, title, theme, parent and the five attributes, tag names separated by |}
     *
     * @param catalog the catalogue
     */
    public static Table controls(Catalog catalog) {
        Table t = new Table(CONTROLS);
        for (Control c : catalog.controls()) {
            List<Object> cells = new ArrayList<>(List.of(c.id(), c.title(), c.theme().map(Theme::label).orElse(""),
                    c.parent().map(ControlId::toString).orElse("")));
            for (Attribute a : Attribute.values()) {
                List<String> tags = new ArrayList<>();
                for (AttributeValue v : c.attributes().values(a)) {
                    tags.add(v.tagName());
                }
                cells.add(tags);
            }
            t.row(cells.toArray());
        }
        return t;
    }

    /**
     * {@return one row per value of each attribute, in vocabulary order, with the number of controls that have it}
     *
     * @param catalog the catalogue
     */
    public static Table counts(Catalog catalog) {
        Table t = new Table(COUNTS);
        CatalogStatistics s = catalog.statistics();
        for (Attribute a : Attribute.values()) {
            for (Map.Entry<AttributeValue, Integer> e : s.counts(a).entrySet()) {
                t.row(a.label(), e.getKey().tagName(), e.getValue());
            }
        }
        return t;
    }

    /**
     * {@return one row per mapping}
     *
     * @param set the mapping set
     */
    public static Table mappings(MappingSet set) {
        Table t = new Table(MAPPINGS);
        for (Mapping m : set.mappings()) {
            t.row(m.sourceId(), m.targetId(), m.relationship().key(), m.rationale().map(r -> r.key()).orElse(null),
                    m.strength().isPresent() ? m.strength().getAsInt() : null);
        }
        return t;
    }
}
