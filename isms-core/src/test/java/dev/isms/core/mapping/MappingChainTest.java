// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingChainTest {
    private static final MappingSet OLD_TO_NEW = MappingSet.of("old-to-new", "old", "new", List.of(
            Mapping.of("A.1", "1", Relationship.SUBSET_OF),
            Mapping.of("A.2", "1", Relationship.SUBSET_OF),
            Mapping.of("A.2", "2", Relationship.INTERSECTS_WITH),
            Mapping.of("A.3", "3", Relationship.EQUAL)));
    private static final MappingSet NEW_TO_NIST = MappingSet.of("new-to-nist", "new", "nist", List.of(
            Mapping.of("1", "X-1", Relationship.SUBSET_OF),
            Mapping.of("1", "X-2", Relationship.SUPERSET_OF),
            Mapping.of("2", "X-2", Relationship.EQUAL),
            Mapping.of("3", "X-3", Relationship.NO_RELATIONSHIP)));
    private static final MappingChain CHAIN = MappingChain.of(OLD_TO_NEW, NEW_TO_NIST);

    private static List<String> texts(List<MappingPath> paths) {
        return paths.stream().map(MappingPath::toString).toList();
    }

    @Test
    void listsEveryPathInRowOrderWithItsComposedRelationship() {
        assertEquals(List.of("A.2 -> 1 -> X-1 (subset-of)", "A.2 -> 1 -> X-2 (intersects-with)",
                "A.2 -> 2 -> X-2 (intersects-with)"), texts(CHAIN.paths("A.2")));
        assertEquals(List.of("A.3 -> 3 -> X-3 (no-relationship)"), texts(CHAIN.paths(ControlId.parse("A.3"))));
        assertEquals(List.of(), CHAIN.paths("A.9"));
        assertEquals(List.of(), CHAIN.paths("not an id"));
        assertEquals("old", CHAIN.sourceCatalogId());
        assertEquals("nist", CHAIN.targetCatalogId());
        assertEquals(List.of(OLD_TO_NEW, NEW_TO_NIST), CHAIN.sets());
    }

    @Test
    void findsThePathsEndingAtATarget() {
        assertEquals(List.of("A.1 -> 1 -> X-2 (intersects-with)", "A.2 -> 1 -> X-2 (intersects-with)",
                "A.2 -> 2 -> X-2 (intersects-with)"), texts(CHAIN.pathsTo("X-2")));
        assertEquals(List.of(), CHAIN.pathsTo("X-9"));
        assertEquals(List.of(), CHAIN.pathsTo("bad id!"));
        MappingChain back = CHAIN.inverse();
        assertEquals("nist", back.sourceCatalogId());
        assertEquals(List.of("X-1 -> 1 -> A.1 (superset-of)", "X-1 -> 1 -> A.2 (superset-of)"),
                texts(back.paths("X-1")));
    }

    @Test
    void collapsesIntoOneMappingPerPairKeepingTheMostSpecificPath() {
        MappingSet direct = CHAIN.toMappingSet("old-to-nist");
        assertEquals("old", direct.sourceCatalogId());
        assertEquals("nist", direct.targetCatalogId());
        assertEquals(Map.of("composedOf", "old-to-new, new-to-nist"), direct.metadata());
        assertEquals(List.of("A.1 subset-of X-1", "A.1 intersects-with X-2", "A.2 subset-of X-1",
                "A.2 intersects-with X-2", "A.3 no-relationship X-3"),
                direct.mappings().stream().map(Mapping::toString).toList());
        assertEquals("mapping set id must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> CHAIN.toMappingSet(" ")).getMessage());
    }

    @Test
    void severalPathsCombineToTheMostSpecificRelationship() {
        Relationship[] all = Relationship.values();
        for (Relationship r : all) {
            assertSame(r, MappingChain.mostSpecific(r, r));
            assertSame(r, MappingChain.mostSpecific(r, Relationship.NO_RELATIONSHIP));
            assertSame(Relationship.EQUAL, MappingChain.mostSpecific(r, Relationship.EQUAL));
        }
        assertSame(Relationship.EQUAL, MappingChain.mostSpecific(Relationship.SUBSET_OF, Relationship.SUPERSET_OF));
        assertSame(Relationship.SUPERSET_OF,
                MappingChain.mostSpecific(Relationship.INTERSECTS_WITH, Relationship.SUPERSET_OF));
        assertSame(Relationship.SUBSET_OF,
                MappingChain.mostSpecific(Relationship.SUBSET_OF, Relationship.INTERSECTS_WITH));
    }

    @Test
    void aChainOfOneSetHasOneStepPaths() {
        MappingChain one = MappingChain.of(List.of(OLD_TO_NEW));
        assertEquals(List.of("A.2 -> 1 (subset-of)", "A.2 -> 2 (intersects-with)"), texts(one.paths("A.2")));
        assertEquals(OLD_TO_NEW.mappings(), one.toMappingSet("copy").mappings());
    }

    @Test
    void aChainOfThreeSetsComposesAcrossAllThree() {
        MappingSet nistToCsf = MappingSet.of("nist-to-csf", "nist", "csf", List.of(
                Mapping.of("X-1", "C-1", Relationship.EQUAL),
                Mapping.of("X-2", "C-2", Relationship.SUBSET_OF)));
        MappingChain three = MappingChain.of(OLD_TO_NEW, NEW_TO_NIST, nistToCsf);
        assertEquals("MappingChain[old -> csf via [old-to-new, new-to-nist, nist-to-csf]]", three.toString());
        assertEquals(List.of("A.2 -> 1 -> X-1 -> C-1 (subset-of)", "A.2 -> 1 -> X-2 -> C-2 (intersects-with)",
                "A.2 -> 2 -> X-2 -> C-2 (intersects-with)"), texts(three.paths("A.2")));
        assertEquals(List.of(ControlId.parse("1"), ControlId.parse("X-1")), three.paths("A.2").get(0).via());
    }

    @Test
    void rejectsSetsThatDoNotJoin() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MappingChain.of(OLD_TO_NEW, NEW_TO_NIST.inverse()));
        assertEquals("mapping chain set 2 'new-to-nist:inverse' must start at catalogue 'new', where set 1"
                + " 'old-to-new' ends, but starts at 'nist'", e.getMessage());
        assertEquals("mapping chain sets must hold at least one mapping set but was empty",
                assertThrows(IllegalArgumentException.class, () -> MappingChain.of(List.of())).getMessage());
        assertThrows(NullPointerException.class, () -> MappingChain.of((MappingSet) null));
        assertThrows(NullPointerException.class, () -> CHAIN.paths((String) null));
        assertThrows(NullPointerException.class, () -> CHAIN.pathsTo((ControlId) null));
    }

    @Test
    void namesItsEnds() {
        assertEquals("MappingChain[old -> nist via [old-to-new, new-to-nist]]", CHAIN.toString());
    }
}
