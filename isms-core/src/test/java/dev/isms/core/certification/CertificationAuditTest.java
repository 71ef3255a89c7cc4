// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificationAuditTest {

    @Test
    void rejectsNullParts() {
        assertThrows(NullPointerException.class, () -> CertificationAudit.of(null, LocalDate.of(2026, 1, 1)));
        assertThrows(NullPointerException.class, () -> CertificationAudit.of(CertificationAuditKind.STAGE_1, null));
    }
}
