// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.TextParseException;
import org.junit.jupiter.api.Test;

class RelationshipTest {

    @Test
    void keysAreNistIr8477Names() {
        assertEquals("equal", Relationship.EQUAL.key());
        assertEquals("subset-of", Relationship.SUBSET_OF.key());
        assertEquals("superset-of", Relationship.SUPERSET_OF.key());
        assertEquals("intersects-with", Relationship.INTERSECTS_WITH.key());
        assertEquals("no-relationship", Relationship.NO_RELATIONSHIP.key());
        for (Relationship r : Relationship.values()) {
            assertSame(r, Relationship.parse(r.key()));
            assertSame(r, r.inverse().inverse());
        }
    }

    @Test
    void inverseSwapsSubsetAndSuperset() {
        assertSame(Relationship.SUPERSET_OF, Relationship.SUBSET_OF.inverse());
        assertSame(Relationship.EQUAL, Relationship.EQUAL.inverse());
        assertSame(Relationship.INTERSECTS_WITH, Relationship.INTERSECTS_WITH.inverse());
    }

    /** The composition table of {@link MappingChain}'s documentation: row {@code andThen} column. */
    @Test
    void composesByTheDocumentedTable() {
        Relationship[] order = {Relationship.EQUAL, Relationship.SUBSET_OF, Relationship.SUPERSET_OF,
            Relationship.INTERSECTS_WITH, Relationship.NO_RELATIONSHIP};
        String[] table = {
            "equal           subset-of       superset-of     intersects-with no-relationship",
            "subset-of       subset-of       intersects-with intersects-with no-relationship",
            "superset-of     intersects-with superset-of     intersects-with no-relationship",
            "intersects-with intersects-with intersects-with intersects-with no-relationship",
            "no-relationship no-relationship no-relationship no-relationship no-relationship"};
        for (int row = 0; row < order.length; row++) {
            String[] expected = table[row].split(" +");
            for (int column = 0; column < order.length; column++) {
                assertSame(Relationship.parse(expected[column]), order[row].andThen(order[column]),
                        order[row].key() + " then " + order[column].key());
            }
        }
    }

    @Test
    void andThenRejectsNull() {
        assertEquals("next", assertThrows(NullPointerException.class, () -> Relationship.EQUAL.andThen(null))
                .getMessage());
    }

    @Test
    void rejectsUnknownNames() {
        assertEquals("relationship must be one of equal, subset-of, superset-of, intersects-with, no-relationship"
                + " but was 'intersect'",
                assertThrows(TextParseException.class, () -> Relationship.parse("intersect")).getMessage());
    }
}
