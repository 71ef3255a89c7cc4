// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.audit.Audit;
import dev.isms.core.audit.AuditCoverage;
import dev.isms.core.audit.AuditProgramme;
import dev.isms.core.audit.AuditScope;
import dev.isms.core.audit.Auditor;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Audit programme coverage over ISO/IEC 27001:2022 clauses 4 to 10 and a statement of ISO/IEC 27002:2022. */
class BuiltInAuditCoverageTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    @Test
    void reportsTheClausesAndApplicableControlsLeftUncovered() {
        StatementOfApplicability soa = StatementOfApplicability.builder(Catalogs.iso27002_2022(), "1", D)
                .include(ControlId.parse("5.15"), InclusionReason.RISK_TREATMENT, List.of("R-1"))
                .include(ControlId.parse("8.5"), InclusionReason.RISK_TREATMENT, List.of("R-1")).build();
        Audit a = Audit.builder("IA-1", D, D.plusDays(1)).scope(AuditScope.of(List.of("Engineering"),
                List.of("4", "5", "6", "7", "8", "9"), List.of(ControlRef.of("iso27002:2022", "8.5"))))
                .criteria("ISO/IEC 27001:2022").auditors(Auditor.of("External")).build();
        AuditProgramme p = new AuditProgramme("AP", D, D.plusYears(3).minusDays(1), List.of(a));
        AuditCoverage c = p.coverage(Catalogs.iso27001_2022Requirements(), soa);
        assertEquals(List.of(ControlId.parse("10.1"), ControlId.parse("10.2")), c.uncoveredClauses());
        assertEquals(List.of(ControlRef.of("iso27002:2022", "5.15")), c.uncoveredControls());
        assertTrue(!c.isComplete());
    }
}
