// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImplementationTest {

    @Test
    void derivesFromAppliedControlsAndListsThem() {
        Implementation i = Implementation.derive(List.of(
                AppliedControl.builder("AC-1", "a").status(AppliedControlStatus.IMPLEMENTED).build(),
                AppliedControl.builder("AC-2", "b").status(AppliedControlStatus.PLANNED).build()));
        assertEquals(ImplementationStatus.PARTIALLY_IMPLEMENTED, i.status());
        assertEquals(List.of("AC-1", "AC-2"), i.appliedControls());
        assertFalse(i.isExplicit());
        assertEquals(Implementation.notImplemented(), Implementation.derive(List.of()));
    }

    @Test
    void anExplicitStatusCarriesItsReason() {
        Implementation i = Implementation.explicit(ImplementationStatus.IMPLEMENTED, "Handled by the landlord");
        assertTrue(i.isExplicit());
        assertEquals(Optional.of("Handled by the landlord"), i.reason());
    }

    @Test
    void rejectsABlankReasonAndRepeatedAppliedControls() {
        assertEquals("implementation reason must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> Implementation.explicit(ImplementationStatus.PLANNED, " "))
                .getMessage());
        assertEquals("implementation appliedControls must not repeat a value but 'AC-1' appears twice",
                assertThrows(IllegalArgumentException.class, () -> new Implementation(ImplementationStatus.PLANNED,
                        List.of("AC-1", "AC-1"), Optional.empty())).getMessage());
    }
}
