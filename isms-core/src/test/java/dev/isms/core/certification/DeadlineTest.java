// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void aHeldDayComesExactlyWithDone() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertEquals("deadline surveillance-1 held must be present exactly when done but status was due and held"
                + " Optional[2026-01-01]", assertThrows(IllegalArgumentException.class, () -> new Deadline(
                        CertificationAuditKind.SURVEILLANCE_1, d, DeadlineStatus.DUE, Optional.of(d))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Deadline(CertificationAuditKind.SURVEILLANCE_1, d,
                DeadlineStatus.DONE, Optional.empty()));
    }
}
