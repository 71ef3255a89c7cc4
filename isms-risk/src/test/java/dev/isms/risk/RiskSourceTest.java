// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskSourceTest {

    @Test
    void createsWithAndWithoutAKindFromPlainValues() {
        assertEquals(Optional.empty(), RiskSource.of("X-1", "Name").kind());
        assertEquals(Optional.of("adversarial"), RiskSource.of("X-1", "Name", "adversarial").kind());
        assertEquals(new RiskSource("X-1", "Name", Optional.of("adversarial")), RiskSource.of("X-1", "Name",
                "adversarial"));
    }

    @Test
    void rejectsBlankParts() {
        assertEquals("risk source id must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> RiskSource.of(" ", "Name")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskSource.of("X-1", ""));
        assertEquals("risk source kind must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> RiskSource.of("X-1", "Name", " ")).getMessage());
        assertThrows(NullPointerException.class, () -> RiskSource.of("X-1", "Name", null));
    }
}
