// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskAcceptanceTest {
    private static final LocalDate ON = LocalDate.of(2026, 1, 10);

    @Test
    void holdsFromAcceptanceUntilTheDayBeforeExpiry() {
        RiskAcceptance a = RiskAcceptance.of("R-1", "CEO", ON, "Cost exceeds benefit", ON.plusDays(365));
        assertFalse(a.isValidOn(ON.minusDays(1)));
        assertTrue(a.isValidOn(ON));
        assertTrue(a.isValidOn(ON.plusDays(364)));
        assertFalse(a.isValidOn(ON.plusDays(365)));
        Clock clock = Clock.fixed(ON.plusDays(400).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertFalse(a.isValid(clock));
    }

    @Test
    void openEndedAcceptancesNeverExpire() {
        RiskAcceptance a = new RiskAcceptance("R-1", "CEO", ON, "why", Optional.empty());
        assertTrue(a.isValidOn(ON.plusYears(50)));
    }

    @Test
    void rejectsExpiryNotAfterAcceptanceAndBlankFields() {
        assertEquals("acceptance of 'R-1' expiresOn must be after 2026-01-10 but was 2026-01-10", assertThrows(
                IllegalArgumentException.class, () -> RiskAcceptance.of("R-1", "CEO", ON, "why", ON)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskAcceptance.of("R-1", " ", ON, "why", ON.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> RiskAcceptance.of("R-1", "CEO", ON, "", ON.plusDays(1)));
    }
}
