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

    @Test
    void rejectsUnknownNames() {
        assertEquals("relationship must be one of equal, subset-of, superset-of, intersects-with, no-relationship"
                + " but was 'intersect'",
                assertThrows(TextParseException.class, () -> Relationship.parse("intersect")).getMessage());
    }
}
