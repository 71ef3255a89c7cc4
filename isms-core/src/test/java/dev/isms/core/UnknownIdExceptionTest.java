// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnknownIdExceptionTest {

    @Test
    void carriesKindIdAndWhere() {
        UnknownIdException e = UnknownIdException.control("5.99", "iso27002:2022");
        assertEquals("control", e.kind());
        assertEquals("5.99", e.id());
        assertEquals("catalogue 'iso27002:2022'", e.where());
        assertEquals("unknown control id '5.99' in catalogue 'iso27002:2022'", e.getMessage());
    }

    @Test
    void quotesAHostileIdBoundedAndEscaped() {
        String id = "x\n\u0000".repeat(10);
        UnknownIdException e = new UnknownIdException("asset", id, "the inventory");
        assertEquals(id, e.id());
        assertEquals(-1, e.getMessage().indexOf('\n'));
        assertEquals(-1, e.getMessage().indexOf('\u0000'));
        assertEquals(true, e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> new UnknownIdException(null, "c", "w"));
        assertThrows(NullPointerException.class, () -> new UnknownIdException("k", null, "w"));
        assertThrows(NullPointerException.class, () -> new UnknownIdException("k", "c", null));
    }
}
