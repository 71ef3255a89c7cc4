// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.isms.core.IsmsException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CvssExceptionTest {

    @Test
    void carriesMessageOnly() {
        CvssException e = new CvssException("bad vector");
        assertEquals("bad vector", e.getMessage());
        assertEquals(Optional.empty(), e.vector());
        assertEquals(Optional.empty(), e.metric());
        assertInstanceOf(IsmsException.class, e);
    }

    @Test
    void carriesCause() {
        IllegalStateException cause = new IllegalStateException("root");
        CvssException e = new CvssException("bad vector", cause);
        assertSame(cause, e.getCause());
        assertEquals(Optional.empty(), e.vector());
    }

    @Test
    void carriesVectorAndMetric() {
        CvssException e = new CvssException("unknown metric", "CVSS:3.1/XX:Y", "XX");
        assertEquals(Optional.of("CVSS:3.1/XX:Y"), e.vector());
        assertEquals(Optional.of("XX"), e.metric());
    }

    @Test
    void parseErrorsAreCvssExceptions() {
        try {
            Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q");
        } catch (CvssException e) {
            assertEquals(Optional.of("A"), e.metric());
            assertEquals(Optional.of("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q"), e.vector());
            return;
        }
        throw new AssertionError("no CvssException");
    }
}
