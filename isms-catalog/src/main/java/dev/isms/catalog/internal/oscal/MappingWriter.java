// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import java.util.List;
import java.util.Optional;

/**
 * Writes a mapping set as an OSCAL 1.2 mapping collection: one mapping between the two catalogues, one map per row
 * with its NIST IR 8477 relationship, matching rationale and (as an isms property) strength. Control references are
 * the OSCAL ids of {@link OscalIds} with the isms id as {@code label}; resources are {@code urn:isms:catalog:<id>}.
 */
public final class MappingWriter {
    private MappingWriter() {
    }

    /**
     * Writes a mapping set.
     *
     * @param factory the generator factory
     * @param set the mapping set, with at least one mapping
     * @param lastModified the last-modified time, or null for the set's own or the default
     * @return the UTF-8 document
     * @throws IllegalArgumentException if the set is empty (an OSCAL mapping has at least one map)
     */
    public static byte[] write(JsonFactory factory, MappingSet set, String lastModified) {
        if (set.mappings().isEmpty()) {
            throw new IllegalArgumentException("mapping set " + Checks.quote(set.id()) + " must have at least one"
                    + " mapping to be an OSCAL mapping collection (a mapping has at least one map)");
        }
        List<Object> maps = Tree.list();
        for (Mapping m : set.mappings()) {
            maps.add(map(set, m));
        }
        Tree mapping = Tree.object().put("uuid", Uuids.v5(Uuids.ISMS, "mapping\n" + set.id()).toString())
                .put("source-resource", resource(set.sourceCatalogId()))
                .put("target-resource", resource(set.targetCatalogId())).put("maps", maps);
        List<Object> all = Tree.list();
        all.add(mapping);
        Tree body = Tree.object().put("uuid", Documents.NIL_UUID).put("metadata", metadata(set, lastModified))
                .put("provenance", provenance(set)).put("mappings", all);
        return Documents.print(factory, "mapping-collection", body);
    }

    private static Tree metadata(MappingSet set, String lastModified) {
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.MAPPING_SET_ID, Vocabulary.NS,
                CatalogWriter.string(set.id(), "mapping set id")));
        Documents.metadataProps(set.metadata(), props);
        String modified = lastModified != null ? lastModified
                : set.metadata().getOrDefault(Vocabulary.META_LAST_MODIFIED, Vocabulary.DEFAULT_LAST_MODIFIED);
        return Tree.object().put("title", "Mapping of " + set.sourceCatalogId() + " to " + set.targetCatalogId())
                .put("last-modified", modified)
                .put("version", CatalogWriter.string(set.metadata().getOrDefault("contentVersion", "1"), "version"))
                .put("oscal-version", Vocabulary.MAPPING_OSCAL_VERSION).put("props", props);
    }

    private static Tree provenance(MappingSet set) {
        Optional<Rationale> first = set.mappings().get(0).rationale();
        boolean same = first.isPresent() && set.mappings().stream().allMatch(x -> x.rationale().equals(first));
        Rationale common = same ? first.get() : Rationale.SEMANTIC;
        return Tree.object().put("method", "human")
                .put("matching-rationale", common.key())
                .put("status", "complete")
                .put("mapping-description", "isms mapping set " + set.id() + ": " + set.sourceCatalogId() + " to "
                        + set.targetCatalogId() + ". A map without its own matching-rationale states none.");
    }

    private static Tree resource(String catalogId) {
        List<Object> props = Tree.list();
        props.add(Tree.prop(Vocabulary.CATALOG_ID, Vocabulary.NS, CatalogWriter.string(catalogId, "catalog id")));
        return Tree.object().put("type", "catalog").put("href", "urn:isms:catalog:" + catalogId).put("props", props);
    }

    private static Tree map(MappingSet set, Mapping m) {
        List<Object> props = Tree.list();
        if (m.strength().isPresent()) {
            props.add(Tree.prop(Vocabulary.STRENGTH, Vocabulary.NS, Integer.toString(m.strength().getAsInt())));
        }
        return Tree.object()
                .put("uuid", Uuids.v5(Uuids.ISMS, "map\n" + set.id() + "\n" + m.sourceId() + "\n" + m.targetId())
                        .toString())
                .put("matching-rationale", m.rationale().map(Rationale::key).orElse(null))
                .put("relationship", m.relationship().key())
                .put("sources", List.of(item(set.sourceCatalogId(), m.sourceId())))
                .put("targets", List.of(item(set.targetCatalogId(), m.targetId())))
                .put("props", props);
    }

    private static Tree item(String catalogId, ControlId id) {
        return Tree.object().put("type", "control").put("id-ref", OscalIds.of(catalogId, id.toString()))
                .put("props", List.of(Tree.prop(Vocabulary.LABEL, null, id.toString())));
    }
}
