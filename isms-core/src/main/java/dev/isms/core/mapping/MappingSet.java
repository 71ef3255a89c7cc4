// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A set of mappings from the controls of one catalogue to those of another, such as ISO/IEC 27001:2013 Annex A
 * to ISO/IEC 27002:2022, with look-ups in both directions.
 *
 * <pre>{@code
 * MappingSet m = Catalogs.mapping2013To2022();
 * m.targetsOf("A.18.2.3");                        // [5.36, 8.8]
 * m.sourcesOf("5.1");                             // [A.5.1.1, A.5.1.2]
 * m.targetsWithoutSource(Catalogs.iso27002_2022()); // the 11 controls new in 2022
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MappingSet {
    private final String id;
    private final String sourceCatalogId;
    private final String targetCatalogId;
    private final Map<String, String> metadata;
    private final List<Mapping> mappings;
    private final Map<ControlId, List<Mapping>> bySource = new LinkedHashMap<>();
    private final Map<ControlId, List<Mapping>> byTarget = new LinkedHashMap<>();

    private MappingSet(String id, String sourceCatalogId, String targetCatalogId, Map<String, String> metadata,
            Collection<Mapping> mappings) {
        this.id = Checks.notBlank(id, "mapping set id");
        this.sourceCatalogId = Checks.notBlank(sourceCatalogId, "sourceCatalogId");
        this.targetCatalogId = Checks.notBlank(targetCatalogId, "targetCatalogId");
        this.metadata = Checks.metadata(metadata);
        this.mappings = List.copyOf(mappings);
        Set<List<ControlId>> pairs = new HashSet<>();
        for (Mapping m : this.mappings) {
            if (!pairs.add(List.of(m.sourceId(), m.targetId()))) {
                throw new IllegalArgumentException("mapping set " + Checks.quote(id) + " must not repeat a pair but "
                        + m.sourceId() + " -> " + m.targetId() + " appears twice");
            }
            bySource.computeIfAbsent(m.sourceId(), k -> new ArrayList<>()).add(m);
            byTarget.computeIfAbsent(m.targetId(), k -> new ArrayList<>()).add(m);
        }
        bySource.replaceAll((k, v) -> List.copyOf(v));
        byTarget.replaceAll((k, v) -> List.copyOf(v));
    }


    /**
     * Creates a mapping set.
     *
     * @param id the set id, not blank
     * @param sourceCatalogId the id of the source catalogue, such as {@code "iso27001:2013"}, not blank
     * @param targetCatalogId the id of the target catalogue, such as {@code "iso27002:2022"}, not blank
     * @param mappings the rows, not null; a (source, target) pair may appear once
     * @return the set
     */
    public static MappingSet of(String id, String sourceCatalogId, String targetCatalogId,
            Collection<Mapping> mappings) {
        return new MappingSet(id, sourceCatalogId, targetCatalogId, Map.of(), mappings);
    }

    /**
     * Creates a mapping set with metadata.
     *
     * @param id the set id, not blank
     * @param sourceCatalogId the id of the source catalogue, such as {@code "iso27001:2013"}, not blank
     * @param targetCatalogId the id of the target catalogue, such as {@code "iso27002:2022"}, not blank
     * @param metadata free-form entries (source, version, content hash), kept in iteration order; keys not blank
     * @param mappings the rows, not null; a (source, target) pair may appear once
     * @return the set
     */
    public static MappingSet of(String id, String sourceCatalogId, String targetCatalogId,
            Map<String, String> metadata, Collection<Mapping> mappings) {
        return new MappingSet(id, sourceCatalogId, targetCatalogId, metadata, mappings);
    }


    /** {@return free-form metadata in insertion order (source, version, content hash); empty if none} */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** {@return the set id} */
    public String id() {
        return id;
    }

    /** {@return the source catalogue's id} */
    public String sourceCatalogId() {
        return sourceCatalogId;
    }

    /** {@return the target catalogue's id} */
    public String targetCatalogId() {
        return targetCatalogId;
    }

    /** {@return every mapping, in the order given} */
    public List<Mapping> mappings() {
        return mappings;
    }

    /**
     * Returns the mappings from one source control.
     *
     * @param sourceId such as {@code "A.18.2.3"}, not null
     * @return the mappings in order, empty if none (including for a malformed id, as {@code Catalog.find} does)
     */
    public List<Mapping> fromSource(String sourceId) {
        return lookup(bySource, sourceId);
    }

    /**
     * Returns the mappings from one source control.
     *
     * @param sourceId the id, not null
     * @return the mappings in order, empty if none
     */
    public List<Mapping> fromSource(ControlId sourceId) {
        return bySource.getOrDefault(Objects.requireNonNull(sourceId, "sourceId"), List.of());
    }

    /**
     * Returns the mappings to one target control.
     *
     * @param targetId such as {@code "5.1"}, not null
     * @return the mappings in order, empty if none (including for a malformed id)
     */
    public List<Mapping> toTarget(String targetId) {
        return lookup(byTarget, targetId);
    }

    /**
     * Returns the mappings to one target control.
     *
     * @param targetId the id, not null
     * @return the mappings in order, empty if none
     */
    public List<Mapping> toTarget(ControlId targetId) {
        return byTarget.getOrDefault(Objects.requireNonNull(targetId, "targetId"), List.of());
    }

    private static List<Mapping> lookup(Map<ControlId, List<Mapping>> index, String id) {
        Objects.requireNonNull(id, "id");
        try {
            return index.getOrDefault(ControlId.parse(id), List.of());
        } catch (TextParseException malformed) {
            return List.of();
        }
    }

    /**
     * Returns the target ids a source control maps to.
     *
     * @param sourceId such as {@code "A.18.2.3"}, not null
     * @return the target ids in order, empty if none or malformed
     */
    public List<ControlId> targetsOf(String sourceId) {
        return targets(fromSource(sourceId));
    }

    /**
     * Returns the target ids a source control maps to.
     *
     * @param sourceId the id, not null
     * @return the target ids in order
     */
    public List<ControlId> targetsOf(ControlId sourceId) {
        return targets(fromSource(sourceId));
    }

    private static List<ControlId> targets(List<Mapping> mappings) {
        List<ControlId> out = new ArrayList<>(mappings.size());
        for (Mapping m : mappings) {
            out.add(m.targetId());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Returns the source ids that map to a target control.
     *
     * @param targetId such as {@code "5.1"}, not null
     * @return the source ids in order, empty if none or malformed
     */
    public List<ControlId> sourcesOf(String targetId) {
        return sources(toTarget(targetId));
    }

    /**
     * Returns the source ids that map to a target control.
     *
     * @param targetId the id, not null
     * @return the source ids in order
     */
    public List<ControlId> sourcesOf(ControlId targetId) {
        return sources(toTarget(targetId));
    }

    private static List<ControlId> sources(List<Mapping> mappings) {
        List<ControlId> out = new ArrayList<>(mappings.size());
        for (Mapping m : mappings) {
            out.add(m.sourceId());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Lists the target catalogue's controls that no mapping reaches, such as the controls new in a revision.
     *
     * @param target the target catalogue, not null
     * @return those controls' ids in catalogue order
     */
    public List<ControlId> targetsWithoutSource(Catalog target) {
        return unmapped(target, byTarget);
    }

    /**
     * Lists the source catalogue's controls that map to nothing.
     *
     * @param source the source catalogue, not null
     * @return those controls' ids in catalogue order
     */
    public List<ControlId> sourcesWithoutTarget(Catalog source) {
        return unmapped(source, bySource);
    }

    private static List<ControlId> unmapped(Catalog catalog, Map<ControlId, List<Mapping>> index) {
        List<ControlId> out = new ArrayList<>();
        for (Control c : catalog.controls()) {
            if (!index.containsKey(c.id())) {
                out.add(c.id());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return the set seen from the target: every mapping inverted, source and target catalogues swapped} */
    public MappingSet inverse() {
        List<Mapping> inverted = new ArrayList<>(mappings.size());
        for (Mapping m : mappings) {
            inverted.add(m.inverse());
        }
        return new MappingSet(id + ":inverse", targetCatalogId, sourceCatalogId, metadata, inverted);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappingSet && ((MappingSet) o).id.equals(id)
                && ((MappingSet) o).sourceCatalogId.equals(sourceCatalogId)
                && ((MappingSet) o).targetCatalogId.equals(targetCatalogId)
                && ((MappingSet) o).metadata.equals(metadata)
                && ((MappingSet) o).mappings.equals(mappings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, sourceCatalogId, targetCatalogId, metadata, mappings);
    }

    /** {@return the id, catalogues and size} */
    @Override
    public String toString() {
        return "MappingSet[" + id + ", " + sourceCatalogId + " -> " + targetCatalogId + ", " + mappings.size()
                + " mappings]";
    }
}
