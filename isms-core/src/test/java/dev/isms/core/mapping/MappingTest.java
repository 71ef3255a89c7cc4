// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MappingTest {

    @Test
    void inverseSwapsEndsAndRelationship() {
        Mapping m = new Mapping(ControlId.parse("A.5.1.1"), ControlId.parse("5.1"), Relationship.SUBSET_OF,
                Optional.of(Rationale.SEMANTIC), OptionalInt.of(8));
        Mapping i = m.inverse();
        assertEquals(ControlId.parse("5.1"), i.sourceId());
        assertEquals(ControlId.parse("A.5.1.1"), i.targetId());
        assertEquals(Relationship.SUPERSET_OF, i.relationship());
        assertEquals(m, i.inverse());
    }

    @Test
    void ofHasNoRationaleOrStrength() {
        Mapping m = Mapping.of("A.5.1.1", "5.1", Relationship.INTERSECTS_WITH);
        assertEquals(Optional.empty(), m.rationale());
        assertEquals(OptionalInt.empty(), m.strength());
    }

    @Test
    void rejectsStrengthOutsideZeroToTen() {
        ControlId a = ControlId.parse("1");
        assertEquals("mapping strength must be 0..10 but was 11", assertThrows(IllegalArgumentException.class,
                () -> new Mapping(a, a, Relationship.EQUAL, Optional.empty(), OptionalInt.of(11))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Mapping(a, a, Relationship.EQUAL, Optional.empty(), OptionalInt.of(-1)));
        assertThrows(NullPointerException.class, () -> new Mapping(a, a, null, Optional.empty(), OptionalInt.empty()));
        assertThrows(TextParseException.class, () -> Mapping.of("A..1", "5.1", Relationship.EQUAL));
    }
}
