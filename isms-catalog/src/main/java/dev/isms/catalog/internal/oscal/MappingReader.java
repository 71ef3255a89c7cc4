// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Maps an OSCAL mapping collection onto a {@link MappingSet}: every map's sources times targets become rows. All
 * mappings of the document must relate the same two catalogues. A document written by isms reads back exactly; in
 * others a map without its own matching rationale takes its mapping's or the provenance's.
 */
public final class MappingReader {
    private static final Set<String> ROOT_FIELDS = Set.of("mapping-collection", "$schema");
    private static final Set<String> COLLECTION_FIELDS = Set.of("uuid", "metadata", "provenance", "mappings",
            "back-matter");
    private static final Set<String> PROVENANCE_FIELDS = Set.of("method", "matching-rationale", "status",
            "confidence-score", "coverage", "mapping-description", "responsible-parties", "props", "links", "remarks");
    private static final Set<String> MAPPING_FIELDS = Set.of("uuid", "method", "matching-rationale", "status",
            "source-resource", "target-resource", "maps", "props", "links", "remarks", "mapping-description",
            "source-gap-summary", "target-gap-summary", "confidence-score", "coverage");
    private static final Set<String> RESOURCE_FIELDS = Set.of("ns", "type", "href", "props", "links", "remarks");
    private static final Set<String> MAP_FIELDS = Set.of("uuid", "ns", "matching-rationale", "relationship",
            "sources", "targets", "qualifiers", "confidence-score", "coverage", "props", "links", "remarks");
    private static final Set<String> ITEM_FIELDS = Set.of("type", "id-ref", "props", "links", "remarks");

    private final boolean isms;
    private final List<Mapping> rows = new ArrayList<>();
    private final Map<List<ControlId>, String> pairs = new HashMap<>();
    private String source;
    private String target;

    private MappingReader(boolean isms) {
        this.isms = isms;
    }

    /**
     * Maps a document tree.
     *
     * @param root the tree
     * @param problems where problems go; thrown here if there are any
     * @return the mapping set
     * @throws dev.isms.core.FormatException listing every problem
     */
    public static MappingSet read(Object root, Problems problems) {
        Cursor doc = CatalogReader.rootMember(Cursor.root(root, problems), "mapping-collection", ROOT_FIELDS);
        doc.object(COLLECTION_FIELDS);
        problems.throwIfAny();
        CatalogReader.documentUuid(doc);
        Metadata meta = Metadata.read(doc.member("metadata"), "mapping-collection");
        Cursor provenance = doc.member("provenance");
        Rationale common = null;
        if (!provenance.isPresent()) {
            doc.problem("required field 'provenance' is missing");
        } else if (provenance.object(PROVENANCE_FIELDS)) {
            for (String f : List.of("method", "status", "mapping-description")) {
                provenance.string(f, true);
            }
            common = rationale(provenance, true);
        }
        MappingReader r = new MappingReader(meta.isms());
        Cursor mappings = doc.member("mappings");
        List<Cursor> all = mappings.value() instanceof Map ? List.of(mappings) : doc.array("mappings");
        if (!mappings.isPresent()) {
            doc.problem("required field 'mappings' is missing");
        }
        for (Cursor m : all) {
            r.mapping(m, common);
        }
        doc.opaque("back-matter", "object");
        problems.throwIfAny();
        String uuid = doc.member("uuid").text(true);
        String id = meta.mappingSetId() != null ? meta.mappingSetId() : "oscal:" + uuid.toLowerCase(Locale.ROOT);
        Map<String, String> metadata = meta.isms() ? meta.entries() : new LinkedHashMap<>(Map.of(
                Vocabulary.META_LAST_MODIFIED, meta.lastModified(),
                Vocabulary.META_OSCAL_VERSION, meta.oscalVersion()));
        try {
            return MappingSet.of(id, r.source, r.target, metadata, r.rows);
        } catch (IllegalArgumentException e) {
            problems.add("/mapping-collection", e.getMessage());
            throw problems.exception(e);
        }
    }

    private void mapping(Cursor m, Rationale common) {
        if (!m.object(MAPPING_FIELDS)) {
            return;
        }
        m.string("uuid", true);
        Rationale mappingRationale = rationale(m, false);
        String from = resource(m.member("source-resource"), source);
        String to = resource(m.member("target-resource"), target);
        source = source == null ? from : source;
        target = target == null ? to : target;
        Rationale inherited = isms ? null : mappingRationale != null ? mappingRationale : common;
        List<Cursor> maps = m.array("maps");
        if (!m.member("maps").isPresent()) {
            m.problem("required field 'maps' is missing");
        }
        for (Cursor map : maps) {
            map(map, inherited);
        }
    }

    private String resource(Cursor r, String expected) {
        if (!r.isPresent()) {
            r.text(true);
            return null;
        }
        if (!r.object(RESOURCE_FIELDS)) {
            return null;
        }
        r.string("type", true);
        String href = r.string("href", true);
        String id = href;
        for (Cursor c : r.array("props")) {
            Prop p = Prop.read(c);
            if (p != null && p.isms() && Vocabulary.CATALOG_ID.equals(p.name())) {
                id = p.value();
            }
        }
        if (id != null && expected != null && !expected.equals(id)) {
            r.problem("every mapping must relate the same two catalogues, but this one names " + Checks.quote(id)
                    + " where the first named " + Checks.quote(expected));
        }
        return id;
    }

    private void map(Cursor map, Rationale inherited) {
        if (!map.object(MAP_FIELDS)) {
            return;
        }
        map.string("uuid", true);
        Relationship relationship = relationship(map);
        Rationale own = rationale(map, false);
        Rationale rationale = own != null ? own : inherited;
        OptionalInt strength = OptionalInt.empty();
        for (Cursor c : map.array("props")) {
            Prop p = Prop.read(c);
            if (p != null && p.isms() && Vocabulary.STRENGTH.equals(p.name())) {
                strength = strength(p.value(), c.member("value"));
            }
        }
        List<ControlId> sources = items(map, "sources");
        List<ControlId> targets = items(map, "targets");
        for (ControlId s : sources) {
            for (ControlId t : targets) {
                String first = pairs.putIfAbsent(List.of(s, t), map.pointer());
                if (first != null) {
                    map.problem("maps " + s + " to " + t + " again (first at " + first + ")");
                } else if (relationship != null) {
                    rows.add(new Mapping(s, t, relationship, Optional.ofNullable(rationale), strength));
                }
            }
        }
    }

    private static Relationship relationship(Cursor map) {
        String key = map.string("relationship", true);
        try {
            return key == null ? null : Relationship.parse(key);
        } catch (TextParseException e) {
            map.member("relationship").problem(e.getMessage());
            return null;
        }
    }

    private static Rationale rationale(Cursor owner, boolean required) {
        String key = owner.string("matching-rationale", required);
        try {
            return key == null ? null : Rationale.parse(key);
        } catch (TextParseException e) {
            owner.member("matching-rationale").problem(e.getMessage());
            return null;
        }
    }

    private static OptionalInt strength(String value, Cursor at) {
        try {
            int s = Integer.parseInt(value);
            if (s >= 0 && s <= Mapping.MAX_STRENGTH) {
                return OptionalInt.of(s);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        at.problem("strength must be an integer 0.." + Mapping.MAX_STRENGTH + " but was " + Checks.quote(value));
        return OptionalInt.empty();
    }

    private static List<ControlId> items(Cursor map, String field) {
        List<ControlId> out = new ArrayList<>();
        if (!map.member(field).isPresent()) {
            map.problem("required field '" + field + "' is missing");
        }
        for (Cursor item : map.array(field)) {
            if (!item.object(ITEM_FIELDS)) {
                continue;
            }
            String type = item.string("type", true);
            String ref = item.string("id-ref", true);
            String label = null;
            for (Cursor c : item.array("props")) {
                Prop p = Prop.read(c);
                label = p != null && p.oscal() && Vocabulary.LABEL.equals(p.name()) ? p.value() : label;
            }
            if (type != null && !"control".equals(type)) {
                item.member("type").problem("only control mappings can be read into a mapping set, not "
                        + Checks.quote(type));
            } else if (ref != null) {
                String text = label != null ? label : ref;
                try {
                    out.add(ControlId.parse(text));
                } catch (TextParseException e) {
                    item.member("id-ref").problem("cannot be an isms control id: " + e.getMessage());
                }
            }
        }
        return out;
    }
}
