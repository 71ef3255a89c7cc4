// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 15);

    @Test
    void isValidThroughItsExpiryDayAndExpiredAfter() {
        Evidence e = Evidence.of("Pen test report", "dms://reports/42", D, D.plusDays(10));
        assertFalse(e.isExpired(D.plusDays(10)));
        assertTrue(e.isExpired(D.plusDays(11)));
        assertFalse(Evidence.of("Policy", "wiki", D).isExpired(D.plusYears(50)));
        assertEquals(Optional.empty(), Evidence.of("Policy", "wiki", D).expiry());
    }

    @Test
    void rejectsAnExpiryBeforeItsDateNamingTheEvidenceAndBothDays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Evidence.of("Pen test report", "dms", D, D.minusDays(1)));
        assertEquals("evidence 'Pen test report' expiry must not be before its date 2026-01-15 but was 2026-01-14",
                e.getMessage());
    }

    @Test
    void rejectsBlankTextsAndControlCharacters() {
        assertEquals("evidence what must not be blank but was ' '", assertThrows(IllegalArgumentException.class,
                () -> Evidence.of(" ", "dms", D)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Evidence.of("Report", "dms\n", D))
                .getMessage().startsWith("evidence 'Report' where must not contain control character U+000A"));
        assertThrows(NullPointerException.class, () -> Evidence.of("Report", "dms", null));
        assertThrows(NullPointerException.class, () -> new Evidence("Report", "dms", D, null));
    }
}
