// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownAppliedControlTest {

    @Test
    void anUnknownAppliedControlNeedsAnIdAndATreatment() {
        assertEquals("unknown applied control 'AC-1' treatmentIds must name at least one treatment but was empty",
                assertThrows(IllegalArgumentException.class, () -> new UnknownAppliedControl("AC-1", List.of()))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new UnknownAppliedControl(" ",
                List.of("T-1"))).getMessage().startsWith("unknown applied control id must not be blank"));
        assertEquals("unknown applied control 'AC-1' treatmentIds must not repeat a value but 'T-1' appears twice",
                assertThrows(IllegalArgumentException.class, () -> new UnknownAppliedControl("AC-1",
                        List.of("T-1", "T-1"))).getMessage());
        assertEquals(List.of("T-1", "T-2"), new UnknownAppliedControl("AC-1", List.of("T-1", "T-2")).treatmentIds());
    }
}
