// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ProviderExceptionTest {

    @Test
    void keepsItsMessageAndCause() {
        Throwable cause = new IllegalStateException("x");
        ProviderException e = new ProviderException("duplicate catalogue id 'x'", cause);
        assertSame(cause, e.getCause());
        assertEquals("duplicate catalogue id 'x'", e.getMessage());
        ProviderException plain = new ProviderException("p");
        assertEquals("p", plain.getMessage());
        assertNull(plain.getCause());
    }
}
