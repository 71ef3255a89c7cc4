// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class IsmsExceptionTest {

    @Test
    void keepsMessageAndCause() {
        Throwable cause = new IllegalStateException("x");
        IsmsException e = new IsmsException("m", cause);
        assertSame(cause, e.getCause());
        assertEquals("m", e.getMessage());
        assertEquals("m", new IsmsException("m").getMessage());
        assertNull(new IsmsException("m").getCause());
    }
}
