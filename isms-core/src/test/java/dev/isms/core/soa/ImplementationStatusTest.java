// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static dev.isms.core.applied.AppliedControlStatus.DEGRADED;
import static dev.isms.core.applied.AppliedControlStatus.IMPLEMENTED;
import static dev.isms.core.applied.AppliedControlStatus.IN_PROGRESS;
import static dev.isms.core.applied.AppliedControlStatus.PLANNED;
import static dev.isms.core.applied.AppliedControlStatus.RETIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImplementationStatusTest {

    @Test
    void derivesNotImplementedWhenNothingOrOnlyRetiredControlsRealiseIt() {
        assertEquals(ImplementationStatus.NOT_IMPLEMENTED, ImplementationStatus.derive(List.of()));
        assertEquals(ImplementationStatus.NOT_IMPLEMENTED, ImplementationStatus.derive(List.of(RETIRED, RETIRED)));
    }

    @Test
    void derivesImplementedOnlyWhenEveryActiveControlIsImplemented() {
        assertEquals(ImplementationStatus.IMPLEMENTED, ImplementationStatus.derive(List.of(IMPLEMENTED)));
        assertEquals(ImplementationStatus.IMPLEMENTED, ImplementationStatus.derive(List.of(IMPLEMENTED, RETIRED)));
    }

    @Test
    void derivesPlannedWhenNothingOperatesYet() {
        assertEquals(ImplementationStatus.PLANNED, ImplementationStatus.derive(List.of(PLANNED, IN_PROGRESS)));
    }

    @Test
    void derivesPartiallyForAMixOrAnyDegradedControl() {
        assertEquals(ImplementationStatus.PARTIALLY_IMPLEMENTED,
                ImplementationStatus.derive(List.of(IMPLEMENTED, PLANNED)));
        assertEquals(ImplementationStatus.PARTIALLY_IMPLEMENTED, ImplementationStatus.derive(List.of(DEGRADED)));
        assertEquals(ImplementationStatus.PARTIALLY_IMPLEMENTED,
                ImplementationStatus.derive(List.of(IMPLEMENTED, DEGRADED)));
    }

    @Test
    void combinesMergedStatuses() {
        assertEquals(ImplementationStatus.NOT_IMPLEMENTED, ImplementationStatus.combine(List.of()));
        assertEquals(ImplementationStatus.IMPLEMENTED, ImplementationStatus.combine(List.of(
                ImplementationStatus.IMPLEMENTED, ImplementationStatus.IMPLEMENTED)));
        assertEquals(ImplementationStatus.PLANNED, ImplementationStatus.combine(List.of(
                ImplementationStatus.NOT_IMPLEMENTED, ImplementationStatus.PLANNED)));
        assertEquals(ImplementationStatus.PARTIALLY_IMPLEMENTED, ImplementationStatus.combine(List.of(
                ImplementationStatus.IMPLEMENTED, ImplementationStatus.NOT_IMPLEMENTED)));
        assertEquals("partially-implemented", ImplementationStatus.PARTIALLY_IMPLEMENTED.key());
    }
}
