// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwaspTechnicalImpactTest {

    @Test
    void averagesThePublishedExampleTo725() {
        // OWASP Risk Rating Methodology, step 4: technical impact 9 7 5 8 -> 7.25 (HIGH)
        OwaspTechnicalImpact t = new OwaspTechnicalImpact(9, 7, 5, 8);
        assertEquals(7.25, t.score());
        assertEquals(List.of(9, 7, 5, 8), t.values());
    }

    @Test
    void rejectsFactorsOutsideZeroToNineNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OwaspTechnicalImpact(0, -1, 0, 0));
        assertEquals("loss of integrity must be 0..9 but was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new OwaspTechnicalImpact(0, 0, 0, 10));
        assertEquals("loss of accountability must be 0..9 but was 10", e.getMessage());
    }
}
