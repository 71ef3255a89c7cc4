// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetHandlingTest {

    private static AssetHandling every(Period p) {
        return new AssetHandling(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(p));
    }

    @Test
    void noneHasNoPart() {
        AssetHandling h = AssetHandling.none();
        assertEquals(Optional.empty(), h.label());
        assertEquals(Optional.empty(), h.custodian());
        assertEquals(Optional.of(Period.ofMonths(6)), every(Period.ofMonths(6)).maintenanceInterval());
    }

    @Test
    void rejectsAZeroOrNegativeMaintenanceIntervalAndBlankTexts() {
        assertEquals("asset handling maintenanceInterval must be positive but was P0D", assertThrows(
                IllegalArgumentException.class, () -> every(Period.ZERO)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> every(Period.of(1, -13, 0)));
        assertEquals("asset handling custodian must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> new AssetHandling(Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(""), Optional.empty())).getMessage());
    }
}
