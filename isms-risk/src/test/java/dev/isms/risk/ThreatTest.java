// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreatTest {

    @Test
    void createsWithAndWithoutACategoryFromPlainValues() {
        assertEquals(Optional.empty(), Threat.of("X-1", "Name").category());
        assertEquals(Optional.of("environmental"), Threat.of("X-1", "Name", "environmental").category());
        assertEquals(new Threat("X-1", "Name", Optional.of("environmental")), Threat.of("X-1", "Name",
                "environmental"));
    }

    @Test
    void rejectsBlankParts() {
        assertEquals("threat id must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> Threat.of(" ", "Name")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Threat.of("X-1", ""));
        assertEquals("threat category must not be blank but was ''",
                assertThrows(IllegalArgumentException.class, () -> Threat.of("X-1", "Name", "")).getMessage());
        assertThrows(NullPointerException.class, () -> Threat.of("X-1", "Name", null));
        assertThrows(NullPointerException.class, () -> new Threat("X-1", "Name", null));
    }
}
