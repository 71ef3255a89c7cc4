// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CatalogExceptionTest {

    @Test
    void keepsItsMessageAndCause() {
        Throwable cause = new IllegalStateException("io");
        CatalogException e = new CatalogException("built-in resource 'x' is missing", cause);
        assertSame(cause, e.getCause());
        assertEquals("built-in resource 'x' is missing", e.getMessage());
        CatalogException plain = new CatalogException("m");
        assertEquals("m", plain.getMessage());
        assertNull(plain.getCause());
    }
}
