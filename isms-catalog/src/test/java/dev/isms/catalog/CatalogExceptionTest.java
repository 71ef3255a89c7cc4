// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.IsmsException;
import org.junit.jupiter.api.Test;

class CatalogExceptionTest {

    @Test
    void isAnIsmsExceptionWithMessageAndCause() {
        Throwable cause = new IllegalStateException("io");
        CatalogException e = new CatalogException("built-in resource 'x' is missing", cause);
        assertSame(cause, e.getCause());
        assertEquals("built-in resource 'x' is missing", e.getMessage());
        assertTrue(new CatalogException("m") instanceof IsmsException);
    }
}
