// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.TextParseException;
import org.junit.jupiter.api.Test;

class RationaleTest {

    @Test
    void parsesOscalNames() {
        for (Rationale r : Rationale.values()) {
            assertSame(r, Rationale.parse(r.key()));
        }
        assertEquals("semantic", Rationale.SEMANTIC.key());
        assertSame(Rationale.FUNCTIONAL, Rationale.parse("Functional"));
    }

    @Test
    void rejectsUnknownNames() {
        assertEquals("rationale must be one of syntactic, semantic, functional but was 'lexical'",
                assertThrows(TextParseException.class, () -> Rationale.parse("lexical")).getMessage());
        assertThrows(NullPointerException.class, () -> Rationale.parse(null));
    }
}
