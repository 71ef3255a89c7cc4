// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnknownControlExceptionTest {

    @Test
    void carriesStructuredContext() {
        UnknownControlException e = new UnknownControlException("5.99", "iso27002:2022");
        assertEquals("5.99", e.controlId());
        assertEquals("iso27002:2022", e.catalogId());
        assertEquals("unknown control id '5.99' in catalogue 'iso27002:2022'", e.getMessage());
        assertTrue(e instanceof IsmsException);
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> new UnknownControlException(null, "c"));
        assertThrows(NullPointerException.class, () -> new UnknownControlException("5.1", null));
    }
}
