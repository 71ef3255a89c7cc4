// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwaspBusinessImpactTest {

    @Test
    void averagesThePublishedExampleTo225() {
        // OWASP Risk Rating Methodology, step 4: business impact 1 2 1 5 -> 2.25 (LOW)
        OwaspBusinessImpact b = new OwaspBusinessImpact(1, 2, 1, 5);
        assertEquals(2.25, b.score());
        assertEquals(List.of(1, 2, 1, 5), b.values());
    }

    @Test
    void rejectsFactorsOutsideZeroToNineNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OwaspBusinessImpact(10, 0, 0, 0));
        assertEquals("financial damage must be 0..9 but was 10", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new OwaspBusinessImpact(0, 0, 0, -1));
        assertEquals("privacy violation must be 0..9 but was -1", e.getMessage());
    }
}
