// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a catalogue as an OSCAL 1.1.3 catalog: groups nest as the catalogue's groups do, controls sit in their
 * innermost group and child controls inside their parent; ids follow {@link OscalIds}; attributes, theme, publisher,
 * metadata and mapping correspondences are properties in the isms namespace. See the {@code Oscal} facade for the
 * whole mapping.
 */
public final class CatalogWriter {
    private static final Pattern OSCAL_STRING = Pattern.compile("^\\S(.*\\S)?$", Pattern.DOTALL);

    private final Catalog catalog;
    private final List<MappingSet> mappings;
    private final OscalIds ids;
    private final Set<String> withdrawn = new HashSet<>();
    private final Map<String, List<ControlGroup>> subgroups = new HashMap<>();
    private final Map<String, List<Control>> controlsByGroup = new HashMap<>();

    private CatalogWriter(Catalog catalog, List<MappingSet> mappings) {
        this.catalog = catalog;
        this.mappings = mappings;
        this.ids = OscalIds.assign(catalog);
        String w = catalog.metadata().get(Vocabulary.META_WITHDRAWN);
        if (w != null && !w.isBlank()) {
            withdrawn.addAll(List.of(w.trim().split("\\s+")));
        }
        for (ControlGroup g : catalog.groups()) {
            subgroups.computeIfAbsent(g.parent().orElse(""), k -> new ArrayList<>()).add(g);
        }
        for (Control c : catalog.controls()) {
            String key = c.parent().isPresent() ? "#" + c.parent().get() : c.group().orElse("");
            controlsByGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
    }

    /**
     * Writes a catalogue.
     *
     * @param factory the generator factory
     * @param catalog the catalogue
     * @param mappings mapping sets whose source or target is this catalogue, written as correspondences
     * @param lastModified the last-modified time to write, or null for the catalogue's own or the default
     * @return the UTF-8 document
     * @throws IllegalArgumentException if a mapping set does not involve the catalogue, or a value cannot be an
     *         OSCAL string (leading or trailing white space)
     */
    public static byte[] write(JsonFactory factory, Catalog catalog, List<MappingSet> mappings, String lastModified) {
        for (MappingSet m : mappings) {
            if (!m.sourceCatalogId().equals(catalog.id()) && !m.targetCatalogId().equals(catalog.id())) {
                throw new IllegalArgumentException("mapping set " + Checks.quote(m.id()) + " must map from or to"
                        + " catalogue " + Checks.quote(catalog.id()) + " but maps " + Checks.quote(m.sourceCatalogId())
                        + " to " + Checks.quote(m.targetCatalogId()));
            }
        }
        CatalogWriter w = new CatalogWriter(catalog, mappings);
        Tree body = Tree.object().put("uuid", Documents.NIL_UUID).put("metadata", w.metadata(lastModified));
        body.put("controls", w.controls("")).put("groups", w.groups(""));
        return Documents.print(factory, "catalog", body);
    }

    private Tree metadata(String lastModified) {
        Map<String, String> meta = catalog.metadata();
        String modified = lastModified != null ? lastModified
                : meta.getOrDefault(Vocabulary.META_LAST_MODIFIED, Vocabulary.DEFAULT_LAST_MODIFIED);
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.CATALOG_ID, Vocabulary.NS, catalog.id()));
        props.add(Tree.prop(Vocabulary.PUBLISHER, Vocabulary.NS, string(catalog.publisher(), "catalogue publisher")));
        Documents.metadataProps(meta, props);
        return Tree.object().put("title", catalog.title()).put("published", meta.get(Vocabulary.META_PUBLISHED))
                .put("last-modified", modified).put("version", string(catalog.edition(), "catalogue edition"))
                .put("oscal-version", Vocabulary.OSCAL_VERSION).put("props", props);
    }

    private List<Object> groups(String parent) {
        List<Object> out = Tree.list();
        for (ControlGroup g : subgroups.getOrDefault(parent, List.of())) {
            List<Object> props = Tree.list();
            props.add(Tree.prop(Vocabulary.LABEL, null, string(g.id(), "group id")));
            boolean token = Cursor.isToken(g.kind());
            if (!token) {
                props.add(Tree.prop(Vocabulary.KIND, Vocabulary.NS, string(g.kind(), "group kind")));
            }
            out.add(Tree.object().put("id", ids.group(g.id())).put("class", token ? g.kind() : null)
                    .put("title", g.title()).put("props", props).put("groups", groups(g.id()))
                    .put("controls", controls(g.id())));
        }
        return out;
    }

    private List<Object> controls(String key) {
        List<Object> out = Tree.list();
        for (Control c : controlsByGroup.getOrDefault(key, List.of())) {
            out.add(control(c));
        }
        return out;
    }

    private Tree control(Control c) {
        String id = ids.control(c.id());
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.LABEL, null, c.id().toString()));
        c.theme().ifPresent(t -> props.add(Tree.prop(Vocabulary.THEME, Vocabulary.NS, t.label())));
        for (Attribute a : Attribute.values()) {
            for (AttributeValue v : c.attributes().values(a)) {
                props.add(Tree.prop(Vocabulary.ATTRIBUTE_PROPS.get(a), Vocabulary.NS, v.tagName()));
            }
        }
        if (withdrawn.contains(c.id().toString())) {
            props.add(Tree.prop(Vocabulary.STATUS, null, Vocabulary.WITHDRAWN));
        }
        correspondences(c.id(), props);
        List<Object> parts = Tree.list();
        c.text().ifPresent(t -> parts.add(Tree.object().put("id", id + OscalIds.PART_SUFFIX).put("name", "statement")
                .put("prose", t)));
        return Tree.object().put("id", id).put("title", c.title()).put("props", props).put("parts", parts)
                .put("controls", controls("#" + c.id()));
    }

    private void correspondences(ControlId id, List<Object> props) {
        for (MappingSet m : mappings) {
            if (m.targetCatalogId().equals(catalog.id())) {
                for (Mapping x : m.toTarget(id)) {
                    props.add(Tree.prop(Vocabulary.MAPS_FROM, Vocabulary.NS,
                            new ControlRef(m.sourceCatalogId(), x.sourceId()).toString())
                            .put("class", x.relationship().key()));
                }
            }
            if (m.sourceCatalogId().equals(catalog.id())) {
                for (Mapping x : m.fromSource(id)) {
                    props.add(Tree.prop(Vocabulary.MAPS_TO, Vocabulary.NS,
                            new ControlRef(m.targetCatalogId(), x.targetId()).toString())
                            .put("class", x.relationship().key()));
                }
            }
        }
    }

    /** {@return the value} if OSCAL's string type can hold it (no leading or trailing white space) */
    static String string(String value, String field) {
        if (!OSCAL_STRING.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must have no leading or trailing white space to be an OSCAL"
                    + " string but was " + Checks.quote(value));
        }
        return value;
    }
}
