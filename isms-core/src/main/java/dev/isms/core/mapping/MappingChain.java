// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Mapping sets joined end to start, each set's target catalogue the next set's source catalogue, to follow a
 * control through several frameworks: an ISO/IEC 27001:2013 control to ISO/IEC 27002:2022, on to the Annex A
 * control of ISO/IEC 27001:2022 and to NIST SP 800-53.
 *
 * <pre>{@code
 * MappingChain chain = MappingChain.of(Catalogs.mapping2013To2022(),
 *         Catalogs.annexAToIso27002_2022().inverse(), Catalogs.nistSp800_53r5ToIso27001_2022().inverse());
 * chain.paths("A.10.1.1");   // [A.10.1.1 -> 8.24 -> A.8.24 -> SC-12 (intersects-with), ...]
 * MappingSet direct = chain.toMappingSet("iso27001-2013-to-nist-sp800-53r5");
 * }</pre>
 *
 * <p>A path's relationship composes its steps' relationships with {@link Relationship#andThen(Relationship)}
 * (row: first step, column: second step):
 * <table class="striped">
 * <caption>Composition of NIST IR 8477 relationships</caption>
 * <thead><tr><th scope="col">then</th><th scope="col">equal</th><th scope="col">subset-of</th>
 * <th scope="col">superset-of</th><th scope="col">intersects-with</th><th scope="col">no-relationship</th></tr>
 * </thead><tbody>
 * <tr><th scope="row">equal</th><td>equal</td><td>subset-of</td><td>superset-of</td><td>intersects-with</td>
 * <td>no-relationship</td></tr>
 * <tr><th scope="row">subset-of</th><td>subset-of</td><td>subset-of</td><td>intersects-with</td>
 * <td>intersects-with</td><td>no-relationship</td></tr>
 * <tr><th scope="row">superset-of</th><td>superset-of</td><td>intersects-with</td><td>superset-of</td>
 * <td>intersects-with</td><td>no-relationship</td></tr>
 * <tr><th scope="row">intersects-with</th><td>intersects-with</td><td>intersects-with</td><td>intersects-with</td>
 * <td>intersects-with</td><td>no-relationship</td></tr>
 * <tr><th scope="row">no-relationship</th><td>no-relationship</td><td>no-relationship</td><td>no-relationship</td>
 * <td>no-relationship</td><td>no-relationship</td></tr>
 * </tbody></table>
 *
 * <p>Paths are listed in the order of the sets' rows (depth first), so the same chain always lists them in the same
 * order. Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class MappingChain {
    private final List<MappingSet> sets;

    private MappingChain(List<MappingSet> sets) {
        this.sets = List.copyOf(sets);
        if (this.sets.isEmpty()) {
            throw new IllegalArgumentException("mapping chain sets must hold at least one mapping set but was empty");
        }
        for (int i = 1; i < this.sets.size(); i++) {
            MappingSet before = this.sets.get(i - 1);
            MappingSet step = this.sets.get(i);
            if (!step.sourceCatalogId().equals(before.targetCatalogId())) {
                throw new IllegalArgumentException("mapping chain set " + (i + 1) + " " + Checks.quote(step.id())
                        + " must start at catalogue " + Checks.quote(before.targetCatalogId()) + ", where set " + i
                        + " " + Checks.quote(before.id()) + " ends, but starts at "
                        + Checks.quote(step.sourceCatalogId()));
            }
        }
    }

    /**
     * Joins mapping sets.
     *
     * @param first the first set, not null
     * @param more the following sets, each starting at the catalogue where the one before ends
     * @return the chain
     * @throws IllegalArgumentException if a set does not start where the one before ends, naming both
     */
    public static MappingChain of(MappingSet first, MappingSet... more) {
        List<MappingSet> all = new ArrayList<>(1 + more.length);
        all.add(Objects.requireNonNull(first, "first"));
        Collections.addAll(all, more);
        return new MappingChain(all);
    }

    /**
     * Joins mapping sets.
     *
     * @param sets the sets in order, at least one, each starting at the catalogue where the one before ends
     * @return the chain
     * @throws IllegalArgumentException if there is no set or a set does not start where the one before ends
     */
    public static MappingChain of(Collection<MappingSet> sets) {
        return new MappingChain(List.copyOf(sets));
    }

    /** {@return the sets, in order} */
    public List<MappingSet> sets() {
        return sets;
    }

    /** {@return the id of the first set's source catalogue} */
    public String sourceCatalogId() {
        return sets.get(0).sourceCatalogId();
    }

    /** {@return the id of the last set's target catalogue} */
    public String targetCatalogId() {
        return sets.get(sets.size() - 1).targetCatalogId();
    }

    /**
     * Lists every path from a control of the first catalogue to the last catalogue.
     *
     * @param source such as {@code "A.10.1.1"}, not null
     * @return the paths in row order; empty if there is none or the id is malformed
     */
    public List<MappingPath> paths(String source) {
        Objects.requireNonNull(source, "source");
        try {
            return paths(ControlId.parse(source));
        } catch (TextParseException malformed) {
            return List.of();
        }
    }

    /**
     * Lists every path from a control of the first catalogue to the last catalogue.
     *
     * @param source the control's id, not null
     * @return the paths in row order; empty if there is none
     */
    public List<MappingPath> paths(ControlId source) {
        Objects.requireNonNull(source, "source");
        List<MappingPath> out = new ArrayList<>();
        for (Mapping m : sets.get(0).fromSource(source)) {
            walk(new MappingPath(List.of(m)), 1, out);
        }
        return Collections.unmodifiableList(out);
    }

    private void walk(MappingPath path, int set, List<MappingPath> out) {
        if (set == sets.size()) {
            out.add(path);
            return;
        }
        for (Mapping m : sets.get(set).fromSource(path.target())) {
            walk(MappingPath.extend(path, m), set + 1, out);
        }
    }

    /**
     * Lists every path that ends at a control of the last catalogue.
     *
     * @param target such as {@code "SC-12"}, not null
     * @return the paths, from their source in the first catalogue; empty if there is none or the id is malformed
     */
    public List<MappingPath> pathsTo(String target) {
        Objects.requireNonNull(target, "target");
        try {
            return pathsTo(ControlId.parse(target));
        } catch (TextParseException malformed) {
            return List.of();
        }
    }

    /**
     * Lists every path that ends at a control of the last catalogue.
     *
     * @param target the control's id, not null
     * @return the paths, from their source in the first catalogue, in the inverse chain's row order
     */
    public List<MappingPath> pathsTo(ControlId target) {
        List<MappingPath> out = new ArrayList<>();
        for (MappingPath p : inverse().paths(Objects.requireNonNull(target, "target"))) {
            out.add(p.inverse());
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return the chain seen from its end: every set inverted, in reverse order} */
    public MappingChain inverse() {
        List<MappingSet> out = new ArrayList<>(sets.size());
        for (int i = sets.size() - 1; i >= 0; i--) {
            out.add(sets.get(i).inverse());
        }
        return new MappingChain(out);
    }

    /**
     * Collapses the chain into one mapping set from the first catalogue to the last: one mapping per (source,
     * target) pair that a path joins, in the order the paths are found. A pair joined by several paths takes the
     * most specific relationship among them, each path being a derivation of its own: {@code equal} if one path
     * gives it or paths give both {@code subset-of} and {@code superset-of}; else {@code subset-of} or
     * {@code superset-of} if a path gives it; else {@code intersects-with} if a path gives it; else
     * {@code no-relationship}. Rationale and strength are not carried over. The metadata entry {@code composedOf}
     * lists the sets' ids.
     *
     * @param id the new set's id, not blank
     * @return the mapping set
     * @throws IllegalArgumentException if the id is blank
     */
    public MappingSet toMappingSet(String id) {
        Checks.notBlank(id, "mapping set id");
        Map<List<ControlId>, Relationship> pairs = new LinkedHashMap<>();
        Set<ControlId> sources = new LinkedHashSet<>();
        for (Mapping m : sets.get(0).mappings()) {
            sources.add(m.sourceId());
        }
        for (ControlId s : sources) {
            for (MappingPath p : paths(s)) {
                pairs.merge(List.of(p.source(), p.target()), p.relationship(), MappingChain::mostSpecific);
            }
        }
        List<Mapping> rows = new ArrayList<>(pairs.size());
        pairs.forEach((pair, r) -> rows.add(Mapping.of(pair.get(0), pair.get(1), r)));
        List<String> ids = new ArrayList<>();
        sets.forEach(s -> ids.add(s.id()));
        return MappingSet.of(id, sourceCatalogId(), targetCatalogId(), Map.of("composedOf", String.join(", ", ids)),
                rows);
    }

    static Relationship mostSpecific(Relationship a, Relationship b) {
        if (a == b) {
            return a;
        }
        if (a == Relationship.EQUAL || b == Relationship.EQUAL
                || (a == Relationship.SUBSET_OF && b == Relationship.SUPERSET_OF)
                || (a == Relationship.SUPERSET_OF && b == Relationship.SUBSET_OF)) {
            return Relationship.EQUAL;
        }
        for (Relationship r : List.of(Relationship.SUBSET_OF, Relationship.SUPERSET_OF,
                Relationship.INTERSECTS_WITH)) {
            if (a == r || b == r) {
                return r;
            }
        }
        return Relationship.NO_RELATIONSHIP;
    }

    /** {@return the sets' ids and the catalogues at both ends} */
    @Override
    public String toString() {
        List<String> ids = new ArrayList<>();
        sets.forEach(s -> ids.add(s.id()));
        return "MappingChain[" + sourceCatalogId() + " -> " + targetCatalogId() + " via " + ids + "]";
    }
}
