// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of chains over generated three-catalogue mapping sets (a to b to c, four ids each, any relationships). */
class MappingChainProperties {

    private static Arbitrary<MappingSet> sets(String from, String to) {
        Arbitrary<Mapping> row = Combinators.combine(Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 4), Arbitraries.of(Relationship.class))
                .as((s, t, r) -> Mapping.of(from + s, to + t, r));
        return row.list().ofMaxSize(12).uniqueElements(m -> List.of(m.sourceId(), m.targetId()))
                .map(rows -> MappingSet.of(from + "-to-" + to, from, to, rows));
    }

    @Provide
    Arbitrary<MappingChain> chains() {
        return Combinators.combine(sets("a", "b"), sets("b", "c")).as((x, y) -> MappingChain.of(x, y));
    }

    private static List<MappingPath> allPaths(MappingChain chain) {
        List<MappingPath> out = new ArrayList<>();
        Set<ControlId> sources = new LinkedHashSet<>();
        chain.sets().get(0).mappings().forEach(m -> sources.add(m.sourceId()));
        for (ControlId s : sources) {
            out.addAll(chain.paths(s));
        }
        return out;
    }

    @Property
    void pathsCombineToTheSameRelationshipInWhateverOrderTheyAreFound(@ForAll Relationship a,
            @ForAll Relationship b, @ForAll Relationship c) {
        assertSame(MappingChain.mostSpecific(a, b), MappingChain.mostSpecific(b, a));
        assertSame(MappingChain.mostSpecific(MappingChain.mostSpecific(a, b), c),
                MappingChain.mostSpecific(a, MappingChain.mostSpecific(b, c)));
        assertSame(a, MappingChain.mostSpecific(a, Relationship.NO_RELATIONSHIP));
    }

    @Property
    void everyPathTakesOneRowOfEachSetAndComposesTheirRelationships(@ForAll("chains") MappingChain chain) {
        for (MappingPath p : allPaths(chain)) {
            Relationship r = Relationship.EQUAL;
            for (int i = 0; i < p.steps().size(); i++) {
                assertTrue(chain.sets().get(i).mappings().contains(p.steps().get(i)), p.toString());
                r = r.andThen(p.steps().get(i).relationship());
            }
            assertSame(r, p.relationship());
        }
    }

    @Property
    void pathsToFindsExactlyThePathsEndingAtATarget(@ForAll("chains") MappingChain chain) {
        Map<ControlId, Set<MappingPath>> byTarget = new HashMap<>();
        for (MappingPath p : allPaths(chain)) {
            byTarget.computeIfAbsent(p.target(), k -> new HashSet<>()).add(p);
        }
        for (int i = 1; i <= 4; i++) {
            ControlId t = ControlId.parse("c" + i);
            assertEquals(byTarget.getOrDefault(t, Set.of()), new HashSet<>(chain.pathsTo(t)));
        }
    }

    @Property
    void theCollapsedSetHasOneRowPerJoinedPairAndKeepsALonePathsRelationship(@ForAll("chains") MappingChain chain) {
        Map<List<ControlId>, List<MappingPath>> pairs = new HashMap<>();
        for (MappingPath p : allPaths(chain)) {
            pairs.computeIfAbsent(List.of(p.source(), p.target()), k -> new ArrayList<>()).add(p);
        }
        MappingSet direct = chain.toMappingSet("direct");
        assertEquals(pairs.size(), direct.mappings().size());
        for (Mapping m : direct.mappings()) {
            List<MappingPath> paths = pairs.get(List.of(m.sourceId(), m.targetId()));
            if (paths.size() == 1) {
                assertSame(paths.get(0).relationship(), m.relationship());
            }
        }
    }
}
