// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThreatTest {

    @Test
    void createsWithAndWithoutTheOptionalPart() {
        assertEquals(Optional.empty(), Threat.of("X-1", "Name").category());
        assertEquals(Optional.of("value"), new Threat("X-1", "Name", Optional.of("value")).category());
    }

    @Test
    void rejectsBlankParts() {
        assertEquals("threat id must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> Threat.of(" ", "Name")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Threat.of("X-1", ""));
        assertThrows(IllegalArgumentException.class, () -> new Threat("X-1", "Name", Optional.of("")));
        assertThrows(NullPointerException.class, () -> new Threat("X-1", "Name", null));
    }
}
