// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MappingTest {

    @Test
    void inverseSwapsEndsAndRelationship() {
        Mapping m = Mapping.of(ControlId.parse("A.5.1.1"), ControlId.parse("5.1"), Relationship.SUBSET_OF)
                .withRationale(Rationale.SEMANTIC).withStrength(8);
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
    void withersSetOneComponent() {
        Mapping m = Mapping.of("A.5.1.1", "5.1", Relationship.INTERSECTS_WITH);
        Mapping r = m.withRationale(Rationale.FUNCTIONAL);
        assertEquals(Optional.of(Rationale.FUNCTIONAL), r.rationale());
        assertEquals(OptionalInt.empty(), r.strength());
        assertSame(r, r.withRationale(Rationale.FUNCTIONAL));
        Mapping s = r.withStrength(3);
        assertEquals(OptionalInt.of(3), s.strength());
        assertEquals(r.rationale(), s.rationale());
        assertSame(s, s.withStrength(3));
        assertEquals(new Mapping(m.sourceId(), m.targetId(), m.relationship(), Optional.of(Rationale.FUNCTIONAL),
                OptionalInt.of(3)), s);
        assertThrows(IllegalArgumentException.class, () -> m.withStrength(11));
    }

    @Test
    void printsSourceRelationshipAndTarget() {
        assertEquals("A.5.1.1 intersects-with 5.1", Mapping.of("A.5.1.1", "5.1", Relationship.INTERSECTS_WITH)
                .toString());
    }

    @Test
    void acceptsStrengthsFromZeroToTen() {
        ControlId a = ControlId.parse("1");
        assertEquals(OptionalInt.of(0), new Mapping(a, a, Relationship.EQUAL, Optional.empty(), OptionalInt.of(0))
                .strength());
        assertEquals(OptionalInt.of(Mapping.MAX_STRENGTH), new Mapping(a, a, Relationship.EQUAL, Optional.empty(),
                OptionalInt.of(Mapping.MAX_STRENGTH)).strength());
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
