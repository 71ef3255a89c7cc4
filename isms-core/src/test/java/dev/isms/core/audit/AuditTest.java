// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.LifecycleFixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTest {
    static final LocalDate D = LocalDate.of(2026, 5, 11);

    static Audit audit() {
        return Audit.builder("IA-2026-1", D, D.plusDays(2))
                .scope(AuditScope.of(List.of("IT operations"), List.of("9"), List.of(LifecycleFixtures.ref("8.24"))))
                .criteria("ISO/IEC 27001:2022", "Crypto standard v2").auditors(Auditor.of("Ann", "HR"),
                        Auditor.of("External")).build();
    }

    @Test
    void holdsScopeCriteriaDatesAndAuditors() {
        Audit a = audit();
        assertEquals(2, a.criteria().size());
        assertEquals("Ann", a.auditors().get(0).name());
    }

    @Test
    void rejectsAnAuditorAuditingTheirOwnArea() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Audit.builder("IA-1", D, D)
                .scope(AuditScope.of(List.of("IT operations", "HR"), List.of(), List.of()))
                .criteria("ISO/IEC 27001:2022").auditors(Auditor.of("Bob", "IT operations")).build());
        assertEquals("audit 'IA-1' auditor 'Bob' must not audit their own area but the scope includes 'IT operations'",
                e.getMessage());
    }

    @Test
    void rejectsAnEndBeforeTheStartAndMissingCriteriaOrAuditors() {
        assertEquals("audit 'IA-1' end must not be before its start 2026-05-11 but was 2026-05-10",
                assertThrows(IllegalArgumentException.class, () -> Audit.builder("IA-1", D, D.minusDays(1))
                        .scope(audit().scope()).criteria("x").auditors(Auditor.of("A")).build()).getMessage());
        assertEquals("audit 'IA-1' criteria must not be empty but was empty", assertThrows(
                IllegalArgumentException.class, () -> Audit.builder("IA-1", D, D).scope(audit().scope())
                        .auditors(Auditor.of("A")).build()).getMessage());
        assertEquals("audit 'IA-1' auditors must not be empty but was empty", assertThrows(
                IllegalArgumentException.class, () -> Audit.builder("IA-1", D, D).scope(audit().scope())
                        .criteria("x").build()).getMessage());
        assertEquals("audit 'IA-1' auditors must not repeat a name but 'A' appears twice", assertThrows(
                IllegalArgumentException.class, () -> Audit.builder("IA-1", D, D).scope(audit().scope())
                        .criteria("x").auditors(Auditor.of("A"), Auditor.of("A", "Legal")).build()).getMessage());
        assertThrows(NullPointerException.class, () -> Audit.builder("IA-1", D, D).criteria("x")
                .auditors(Auditor.of("A")).build());
    }
}
