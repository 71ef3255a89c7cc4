// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RiskBandTest {

    @Test
    void holdsAnInclusiveRange() {
        RiskBand b = new RiskBand("High", 10, 16);
        assertEquals(10, b.min());
        assertEquals(16, b.max());
    }

    @Test
    void rejectsInvertedBandsAndBlankNames() {
        assertEquals("band 'High' max must be >= min 10 but was 9",
                assertThrows(IllegalArgumentException.class, () -> new RiskBand("High", 10, 9)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RiskBand(" ", 1, 2));
    }
}
