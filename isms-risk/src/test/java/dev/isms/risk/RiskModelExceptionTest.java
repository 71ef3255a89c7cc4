// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.IsmsException;
import org.junit.jupiter.api.Test;

class RiskModelExceptionTest {

    @Test
    void isAnIsmsExceptionWithMessageAndCause() {
        Throwable cause = new NumberFormatException("x");
        RiskModelException e = new RiskModelException("owasp-rr: parameter 'SL' must be 0..9 but was 'x'", cause);
        assertSame(cause, e.getCause());
        assertEquals("owasp-rr: parameter 'SL' must be 0..9 but was 'x'", e.getMessage());
        assertTrue(new RiskModelException("m") instanceof IsmsException);
    }
}
