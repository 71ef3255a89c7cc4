// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditScopeTest {

    @Test
    void aClauseCoversItsSubClauses() {
        AuditScope s = AuditScope.of(List.of("IT"), List.of("9", "6.1.2"), List.of(ControlRef.of("c", "8.5")));
        assertTrue(s.covers(ControlId.parse("9.2.2")));
        assertTrue(s.covers(ControlId.parse("6.1.2")));
        assertFalse(s.covers(ControlId.parse("6.1")));
        assertFalse(s.covers(ControlId.parse("10.2")));
        assertTrue(s.covers(ControlRef.of("c", "8.5")));
        assertFalse(s.covers(ControlRef.of("other", "8.5")));
    }

    @Test
    void rejectsAnEmptyScope() {
        assertEquals("audit scope must name an area, a clause or a control but was empty", assertThrows(
                IllegalArgumentException.class, () -> AuditScope.of(List.of(), List.of(), List.of())).getMessage());
    }
}
