// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of {@link Relationship#andThen(Relationship)} that make a path's relationship well defined. */
class RelationshipProperties {

    /** Information order: equal above subset-of and superset-of above intersects-with above no-relationship. */
    private static int rank(Relationship r) {
        switch (r) {
            case EQUAL:
                return 3;
            case SUBSET_OF:
            case SUPERSET_OF:
                return 2;
            case INTERSECTS_WITH:
                return 1;
            default:
                return 0;
        }
    }

    @Property
    void compositionIsAssociative(@ForAll Relationship a, @ForAll Relationship b, @ForAll Relationship c) {
        assertSame(a.andThen(b).andThen(c), a.andThen(b.andThen(c)));
    }

    @Property
    void equalIsNeutralAndNoRelationshipAbsorbs(@ForAll Relationship a) {
        assertSame(a, Relationship.EQUAL.andThen(a));
        assertSame(a, a.andThen(Relationship.EQUAL));
        assertSame(Relationship.NO_RELATIONSHIP, a.andThen(Relationship.NO_RELATIONSHIP));
        assertSame(Relationship.NO_RELATIONSHIP, Relationship.NO_RELATIONSHIP.andThen(a));
    }

    @Property
    void aPathIsNeverStrongerThanItsWeakestStep(@ForAll Relationship a, @ForAll Relationship b) {
        assertTrue(rank(a.andThen(b)) <= Math.min(rank(a), rank(b)), a + " then " + b);
    }

    @Property
    void theInversePathHasTheInverseRelationship(@ForAll Relationship a, @ForAll Relationship b) {
        assertSame(a.andThen(b).inverse(), b.inverse().andThen(a.inverse()));
    }
}
