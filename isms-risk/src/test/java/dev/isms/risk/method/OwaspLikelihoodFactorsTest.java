// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class OwaspLikelihoodFactorsTest {

    @Test
    void averagesThePublishedExampleTo4375() {
        // OWASP Risk Rating Methodology, step 4, repeatable method: 5 2 7 1 / 3 6 9 2 -> 4.375
        OwaspLikelihoodFactors f = new OwaspLikelihoodFactors(5, 2, 7, 1, 3, 6, 9, 2);
        assertEquals(3.75, f.threatAgent());
        assertEquals(5.0, f.vulnerability());
        assertEquals(4.375, f.score());
        assertEquals(List.of(5, 2, 7, 1, 3, 6, 9, 2), f.values());
    }

    @Test
    void acceptsTheWholeZeroToNineRange() {
        assertEquals(0.0, new OwaspLikelihoodFactors(0, 0, 0, 0, 0, 0, 0, 0).score());
        assertEquals(9.0, new OwaspLikelihoodFactors(9, 9, 9, 9, 9, 9, 9, 9).score());
    }

    @Test
    void rejectsFactorsOutsideZeroToNineNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OwaspLikelihoodFactors(10, 0, 0, 0, 0, 0, 0, 0));
        assertEquals("skill level must be 0..9 but was 10", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new OwaspLikelihoodFactors(0, 0, 0, 0, 0, 0, 0, -1));
        assertEquals("intrusion detection must be 0..9 but was -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new OwaspLikelihoodFactors(0, 0, 0, 0, 0, 10, 0, 0));
        assertEquals("ease of exploit must be 0..9 but was 10", e.getMessage());
    }
}
