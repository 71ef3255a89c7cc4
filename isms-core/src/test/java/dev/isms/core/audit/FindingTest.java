// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FindingTest {
    static final LocalDate D = AuditTest.D.plusDays(1);

    static Finding minor() {
        return new Finding("F-1", "IA-2026-1", FindingGrade.MINOR_NONCONFORMITY, FindingSubject.clause("9.2.2"),
                "Audit programme not updated after the 2025 audit", D);
    }

    static Finding observation() {
        return new Finding("F-2", "IA-2026-1", FindingGrade.OBSERVATION, FindingSubject.appliedControl("AC-1"),
                "MFA exceptions list grows", D);
    }

    @Test
    void rejectsABlankStatementNamingTheFinding() {
        assertEquals("finding 'F-1' statement must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> new Finding("F-1", "IA", FindingGrade.OBSERVATION,
                        FindingSubject.clause("4.1"), "", D)).getMessage());
        assertEquals("finding 'F-1' auditId must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> new Finding("F-1", " ", FindingGrade.OBSERVATION,
                        FindingSubject.clause("4.1"), "x", D)).getMessage());
        assertThrows(NullPointerException.class, () -> new Finding("F-1", "IA", null, FindingSubject.clause("4.1"),
                "x", D));
    }
}
