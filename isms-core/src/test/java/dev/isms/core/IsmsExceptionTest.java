// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsmsExceptionTest {

    @Test
    void keepsMessageAndCause() {
        Throwable cause = new IllegalStateException("x");
        assertSame(cause, new IsmsException("m", cause).getCause());
        assertEquals("m", new IsmsException("m").getMessage());
        assertTrue(new IsmsException("m") instanceof RuntimeException);
    }
}
