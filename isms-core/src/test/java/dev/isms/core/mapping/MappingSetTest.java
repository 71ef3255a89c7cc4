// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingSetTest {
    private final MappingSet set = MappingSet.of("old-to-new", "old", "new", List.of(
            Mapping.of("A.5.1.1", "5.1", Relationship.SUBSET_OF),
            Mapping.of("A.5.1.2", "5.1", Relationship.SUBSET_OF),
            Mapping.of("A.18.2.3", "5.36", Relationship.INTERSECTS_WITH),
            Mapping.of("A.18.2.3", "8.8", Relationship.INTERSECTS_WITH)));

    private static List<ControlId> ids(String... texts) {
        return java.util.Arrays.stream(texts).map(ControlId::parse).toList();
    }

    @Test
    void looksUpBothDirections() {
        assertEquals(ids("5.36", "8.8"), set.targetsOf("A.18.2.3"));
        assertEquals(ids("A.5.1.1", "A.5.1.2"), set.sourcesOf("5.1"));
        assertEquals(List.of(), set.targetsOf("A.9.9.9"));
        assertEquals(2, set.fromSource("A.18.2.3").size());
        assertEquals(2, set.toTarget("5.1").size());
    }

    @Test
    void looksUpByTypedIdAndReturnsListsThatCannotBeChanged() {
        assertEquals(ids("5.36", "8.8"), set.targetsOf(ControlId.parse("A.18.2.3")));
        assertEquals(ids("A.5.1.1", "A.5.1.2"), set.sourcesOf(ControlId.parse("5.1")));
        assertEquals(List.of(), set.targetsOf(ControlId.parse("A.9.9.9")));
        assertThrows(UnsupportedOperationException.class, () -> set.fromSource("A.18.2.3").clear());
        assertThrows(UnsupportedOperationException.class, () -> set.toTarget("5.1").clear());
        assertThrows(UnsupportedOperationException.class, () -> set.targetsOf("A.18.2.3").clear());
        assertEquals(2, set.fromSource(ControlId.parse("A.18.2.3")).size());
    }

    @Test
    void findsUnmappedControlsOfEachSide() {
        Catalog target = Catalog.builder("new", "New").control(Control.of("5.1", "a")).control(Control.of("5.7", "b"))
                .control(Control.of("5.36", "c")).control(Control.of("8.8", "d")).build();
        assertEquals(ids("5.7"), set.targetsWithoutSource(target));
        Catalog source = Catalog.builder("old", "Old").control(Control.of("A.5.1.1", "a"))
                .control(Control.of("A.6.1.1", "b")).build();
        assertEquals(ids("A.6.1.1"), set.sourcesWithoutTarget(source));
    }

    @Test
    void inverseSwapsCatalogues() {
        MappingSet inverse = set.inverse();
        assertEquals("new", inverse.sourceCatalogId());
        assertEquals("old", inverse.targetCatalogId());
        assertEquals(ids("A.5.1.1", "A.5.1.2"), inverse.targetsOf("5.1"));
        assertEquals(Relationship.SUPERSET_OF, inverse.fromSource("5.1").get(0).relationship());
    }

    @Test
    void rejectsRepeatedPairs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MappingSet.of("m", "a", "b",
                List.of(Mapping.of("1", "2", Relationship.EQUAL), Mapping.of("1", "2", Relationship.SUBSET_OF))));
        assertEquals("mapping set 'm' must not repeat a pair but 1 -> 2 appears twice", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MappingSet.of("m", " ", "b", List.of()));
    }

    @Test
    void equalityAndText() {
        assertEquals(set, MappingSet.of("old-to-new", "old", "new", set.mappings()));
        assertEquals(set.hashCode(), MappingSet.of("old-to-new", "old", "new", set.mappings()).hashCode());
        assertNotEquals(set, set.inverse());
        assertEquals("MappingSet[old-to-new, old -> new, 4 mappings]", set.toString());
    }
}
