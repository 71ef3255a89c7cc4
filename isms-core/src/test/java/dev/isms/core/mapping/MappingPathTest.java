// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingPathTest {
    private final MappingPath path = MappingPath.of(Mapping.of("A.10.1.1", "8.24", Relationship.SUBSET_OF),
            Mapping.of("8.24", "A.8.24", Relationship.EQUAL), Mapping.of("A.8.24", "SC-12", Relationship.SUBSET_OF));

    @Test
    void runsFromTheFirstSourceToTheLastTargetViaTheControlsBetween() {
        assertEquals(ControlId.parse("A.10.1.1"), path.source());
        assertEquals(ControlId.parse("SC-12"), path.target());
        assertEquals(List.of(ControlId.parse("8.24"), ControlId.parse("A.8.24")), path.via());
        assertEquals(Relationship.SUBSET_OF, path.relationship());
        assertEquals("A.10.1.1 -> 8.24 -> A.8.24 -> SC-12 (subset-of)", path.toString());
    }

    @Test
    void takesTheWeakestRelationshipOnTheWay() {
        MappingPath mixed = MappingPath.of(Mapping.of("1", "2", Relationship.SUBSET_OF),
                Mapping.of("2", "3", Relationship.SUPERSET_OF));
        assertEquals(Relationship.INTERSECTS_WITH, mixed.relationship());
        MappingPath broken = MappingPath.of(Mapping.of("1", "2", Relationship.EQUAL),
                Mapping.of("2", "3", Relationship.NO_RELATIONSHIP));
        assertEquals(Relationship.NO_RELATIONSHIP, broken.relationship());
        assertEquals(List.of(), MappingPath.of(Mapping.of("1", "2", Relationship.EQUAL)).via());
    }

    @Test
    void inverseRunsBackwardsWithInvertedRelationships() {
        MappingPath back = path.inverse();
        assertEquals(ControlId.parse("SC-12"), back.source());
        assertEquals(ControlId.parse("A.10.1.1"), back.target());
        assertEquals(Relationship.SUPERSET_OF, back.relationship());
        assertEquals(path, back.inverse());
    }

    @Test
    void rejectsAnEmptyOrBrokenPath() {
        assertEquals("mapping path steps must hold at least one mapping but was empty",
                assertThrows(IllegalArgumentException.class, () -> new MappingPath(List.of())).getMessage());
        assertEquals("mapping path step 2 must start at 8.24, where step 1 ends, but starts at 8.25",
                assertThrows(IllegalArgumentException.class, () -> MappingPath.of(
                        Mapping.of("A.10.1.1", "8.24", Relationship.EQUAL),
                        Mapping.of("8.25", "A.8.25", Relationship.EQUAL))).getMessage());
        assertThrows(NullPointerException.class, () -> new MappingPath(null));
    }
}
