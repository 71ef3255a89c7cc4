// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.rdf;

import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.codec.Mappers;
import dev.isms.catalog.internal.oscal.Tree;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.Theme;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a catalogue, the SKOS concept schemes of the themes and the five attributes, and mapping sets as one JSON-LD
 * 1.1 document with an inline context (no remote context to fetch). See {@code CatalogJsonLd} for the graph.
 */
public final class JsonLdWriter {
    private final Catalog catalog;

    private JsonLdWriter(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Writes a document.
     *
     * @param catalog the catalogue
     * @param mappings the mapping sets, distinct ids
     * @return the UTF-8 document
     */
    public static byte[] write(Catalog catalog, List<MappingSet> mappings) {
        JsonLdWriter w = new JsonLdWriter(catalog);
        List<Object> graph = Tree.list();
        graph.add(w.catalogNode());
        w.themes(graph);
        for (Attribute a : Attribute.values()) {
            w.attribute(a, graph);
        }
        for (Control c : catalog.controls()) {
            graph.add(w.control(c));
        }
        for (MappingSet m : mappings) {
            mappingSet(m, graph);
        }
        Tree context = Tree.object().put("isms", Iris.VOCABULARY).put("dcterms", "http://purl.org/dc/terms/")
                .put("skos", "http://www.w3.org/2004/02/skos/core#");
        return Tree.print(Mappers.factory(Limits.DEFAULT), Tree.object().put("@context", context)
                .put("@graph", graph));
    }

    private static Tree ref(String iri) {
        return Tree.object().put("@id", iri);
    }

    private Tree catalogNode() {
        return Tree.object().put("@id", Iris.catalog(catalog.id())).put("@type", "isms:Catalog")
                .put("dcterms:identifier", catalog.id()).put("dcterms:title", catalog.title())
                .put("dcterms:publisher", catalog.publisher()).put("isms:edition", catalog.edition());
    }

    private static Tree scheme(String iri, String key, String label) {
        return Tree.object().put("@id", iri).put("@type", "skos:ConceptScheme").put("dcterms:identifier", key)
                .put("skos:prefLabel", label);
    }

    private static Tree concept(String iri, String scheme, String label, String notation) {
        return Tree.object().put("@id", iri).put("@type", "skos:Concept").put("skos:prefLabel", label)
                .put("skos:notation", notation).put("skos:inScheme", ref(scheme)).put("skos:topConceptOf", ref(scheme));
    }

    private void themes(List<Object> graph) {
        graph.add(scheme(Iris.themeScheme(), "theme", "Themes"));
        for (Theme t : Theme.values()) {
            graph.add(concept(Iris.theme(t), Iris.themeScheme(), t.label(), Integer.toString(t.clause())));
        }
    }

    private void attribute(Attribute a, List<Object> graph) {
        graph.add(scheme(Iris.scheme(a), Iris.key(a), a.label()));
        for (AttributeValue v : a.vocabulary()) {
            graph.add(concept(Iris.concept(v), Iris.scheme(a), v.label(), v.tag()));
        }
    }

    private Tree control(Control c) {
        Tree node = Tree.object().put("@id", Iris.control(ControlRef.of(catalog, c.id())))
                .put("@type", "isms:Control").put("dcterms:identifier", c.id().toString())
                .put("dcterms:title", c.title()).put("dcterms:isPartOf", ref(Iris.catalog(catalog.id())));
        c.text().ifPresent(t -> node.put("dcterms:description", t));
        c.parent().ifPresent(p -> node.put("isms:parent", ref(Iris.control(ControlRef.of(catalog, p)))));
        c.theme().ifPresent(t -> node.put("isms:theme", ref(Iris.theme(t))));
        for (Attribute a : Attribute.values()) {
            List<Object> values = Tree.list();
            for (AttributeValue v : c.attributes().values(a)) {
                values.add(ref(Iris.concept(v)));
            }
            node.put(Iris.property(a), values);
        }
        return node;
    }

    private static void mappingSet(MappingSet m, List<Object> graph) {
        graph.add(Tree.object().put("@id", Iris.mappingSet(m.id())).put("@type", "isms:MappingSet")
                .put("dcterms:identifier", m.id()).put("isms:sourceCatalog", ref(Iris.catalog(m.sourceCatalogId())))
                .put("isms:targetCatalog", ref(Iris.catalog(m.targetCatalogId()))));
        Map<ControlId, Map<Relationship, List<Object>>> bySource = new LinkedHashMap<>();
        for (Mapping x : m.mappings()) {
            bySource.computeIfAbsent(x.sourceId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(x.relationship(), k -> new ArrayList<>())
                    .add(ref(Iris.control(new ControlRef(m.targetCatalogId(), x.targetId()))));
        }
        bySource.forEach((source, targets) -> {
            Tree node = Tree.object().put("@id", Iris.control(new ControlRef(m.sourceCatalogId(), source)));
            targets.forEach((r, list) -> node.put(property(r), list));
            graph.add(node);
        });
    }

    /** {@return the isms property of a relationship, such as {@code isms:intersectsWith}} */
    public static String property(Relationship r) {
        switch (r) {
            case EQUAL:
                return "isms:equal";
            case SUBSET_OF:
                return "isms:subsetOf";
            case SUPERSET_OF:
                return "isms:supersetOf";
            case INTERSECTS_WITH:
                return "isms:intersectsWith";
            default:
                return "isms:noRelationship";
        }
    }
}
