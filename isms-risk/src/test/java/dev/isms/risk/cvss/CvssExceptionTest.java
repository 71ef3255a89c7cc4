// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.TextParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CvssExceptionTest {

    @Test
    void carriesTheVectorTheIndexAndTheMetric() {
        CvssException e = new CvssException("CVSS:3.1/XX:Y", 9, "must have CVSS 3.1 metrics only", "XX");
        assertEquals("CVSS:3.1/XX:Y", e.parsedText());
        assertEquals(9, e.errorIndex());
        assertEquals(Optional.of("XX"), e.metric());
        assertEquals("CVSS vector must have CVSS 3.1 metrics only but was 'CVSS:3.1/XX:Y' (error at index 9)",
                e.getMessage());
        assertEquals(Optional.empty(), new CvssException("", 0, "must not be empty").metric());
    }

    @Test
    void rejectsAnIndexOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> new CvssException("CVSS:3.1", 9, "rule"));
        assertThrows(NullPointerException.class, () -> new CvssException("CVSS:3.1", 0, "rule", null));
    }

    @Test
    void parseErrorsAreTextParseExceptionsAtTheOffendingMetric() {
        String vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q";
        TextParseException e = assertThrows(TextParseException.class, () -> Cvss.parse(vector));
        assertEquals(vector, e.parsedText());
        assertEquals(vector.length() - 1, e.errorIndex());
        assertEquals(Optional.of("A"), ((CvssException) e).metric());
        assertEquals("CVSS vector metric A must be one of H, L, N (not 'Q') but was '" + vector + "' (error at index "
                + (vector.length() - 1) + ")", e.getMessage());
    }

    @Test
    void aLongVectorIsQuotedInPart() {
        String vector = "CVSS:3.1/" + "AV:N/".repeat(40);
        CvssException e = assertThrows(CvssException.class, () -> Cvss.parse(vector));
        assertEquals(vector, e.parsedText());
        assertEquals(true, e.getMessage().contains("… (209 characters)"), e.getMessage());
    }
}
