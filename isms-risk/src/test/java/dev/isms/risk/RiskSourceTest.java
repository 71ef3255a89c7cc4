// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskSourceTest {

    @Test
    void createsWithAndWithoutTheOptionalPart() {
        assertEquals(Optional.empty(), RiskSource.of("X-1", "Name").kind());
        assertEquals(Optional.of("value"), new RiskSource("X-1", "Name", Optional.of("value")).kind());
    }

    @Test
    void rejectsBlankParts() {
        assertEquals("risk source id must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> RiskSource.of(" ", "Name")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskSource.of("X-1", ""));
        assertThrows(IllegalArgumentException.class, () -> new RiskSource("X-1", "Name", Optional.of("")));
        assertThrows(NullPointerException.class, () -> new RiskSource("X-1", "Name", null));
    }
}
