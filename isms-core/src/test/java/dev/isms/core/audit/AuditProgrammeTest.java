// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static dev.isms.core.LifecycleFixtures.ref;
import static dev.isms.core.audit.AuditTest.D;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import dev.isms.core.LifecycleFixtures;
import dev.isms.core.UnknownIdException;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditProgrammeTest {
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    static AuditProgramme programme() {
        return new AuditProgramme("AP-2026", START, START.plusYears(3).minusDays(1), List.of(AuditTest.audit()));
    }

    @Test
    void reportsTheClausesAndApplicableControlsNoAuditCovers() {
        StatementOfApplicability soa = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "1", D)
                .include(ControlId.parse("8.24"), InclusionReason.BEST_PRACTICE, List.of())
                .include(ControlId.parse("5.1"), InclusionReason.BEST_PRACTICE, List.of()).build();
        AuditCoverage c = programme().coverage(LifecycleFixtures.requirements(), soa);
        assertEquals(List.of(ControlId.parse("4.3"), ControlId.parse("6.1.2"), ControlId.parse("6.1.3")),
                c.uncoveredClauses());
        assertEquals(List.of(ref("5.1")), c.uncoveredControls());
        Audit second = Audit.builder("IA-2027-1", D.plusYears(1), D.plusYears(1)).scope(AuditScope.of(List.of(),
                List.of("4", "6"), List.of(ref("5.1")))).criteria("ISO/IEC 27001:2022").auditors(Auditor.of("Ann"))
                .build();
        AuditProgramme full = new AuditProgramme("AP-2026", START, START.plusYears(3).minusDays(1),
                List.of(AuditTest.audit(), second));
        assertTrue(full.coverage(LifecycleFixtures.requirements(), soa).isComplete());
    }

    @Test
    void rejectsAuditsOutsideTheCycleAndRepeatedIds() {
        Audit late = Audit.builder("IA-9", D.plusYears(1), D.plusYears(1)).scope(AuditTest.audit().scope())
                .criteria("x").auditors(Auditor.of("Ann")).build();
        assertEquals("audit programme 'AP' audit 'IA-9' must lie within the cycle 2026-01-01..2027-01-01 but was"
                + " 2027-05-11..2027-05-11", assertThrows(IllegalArgumentException.class, () -> new AuditProgramme(
                        "AP", START, START.plusYears(1), List.of(late))).getMessage());
        assertEquals("audit programme 'AP' audits must have unique ids but 'IA-2026-1' appears twice", assertThrows(
                IllegalArgumentException.class, () -> new AuditProgramme("AP", START, START.plusYears(1),
                        List.of(AuditTest.audit(), AuditTest.audit()))).getMessage());
        assertEquals("audit programme 'AP' cycleEnd must not be before the day after its cycleStart 2026-01-02 but"
                + " was 2026-01-01", assertThrows(IllegalArgumentException.class, () -> new AuditProgramme("AP",
                        START, START, List.of())).getMessage());
    }

    @Test
    void findsAndRequiresAudits() {
        assertEquals("IA-2026-1", programme().require("IA-2026-1").id());
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> programme().require("IA-9"));
        assertEquals("unknown audit id 'IA-9' in audit programme 'AP-2026'", e.getMessage());
    }
}
