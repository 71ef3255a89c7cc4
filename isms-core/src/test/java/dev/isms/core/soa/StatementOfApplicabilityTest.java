// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static dev.isms.core.LifecycleFixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.LifecycleFixtures;
import dev.isms.core.UnknownIdException;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementOfApplicabilityTest {
    static final LocalDate D = LocalDate.of(2026, 3, 1);

    static ControlId id(String s) {
        return ControlId.parse(s);
    }

    static StatementOfApplicability draft() {
        return StatementOfApplicability.builder(LifecycleFixtures.catalog(), "0.1", D)
                .include(id("8.24"), InclusionReason.RISK_TREATMENT, List.of("R-1"))
                .entry(SoaEntry.builder(id("5.1")).include(InclusionReason.LEGAL_OR_REGULATORY)
                        .justification("NIS2").build())
                .entry(SoaEntry.excluded(id("7.10"), "No removable media"))
                .build();
    }

    @Test
    void listsEveryControlOnceInCatalogueOrderWithTheRestUndecided() {
        StatementOfApplicability s = draft();
        List<ControlId> ids = s.entries().stream().map(SoaEntry::control).toList();
        assertEquals(LifecycleFixtures.catalog().controls().stream().map(Control::id).toList(), ids);
        assertEquals(List.of(id("5.1"), id("8.24")), s.applicable().stream().map(SoaEntry::control).toList());
        assertEquals(List.of(id("7.10")), s.excluded().stream().map(SoaEntry::control).toList());
        assertEquals(5, s.undecided().size());
        assertTrue(s.isDraft());
        assertEquals(LifecycleFixtures.CATALOG, s.catalogId());
    }

    @Test
    void rejectsAControlTheCatalogueDoesNotHave() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatementOfApplicability
                .builder(LifecycleFixtures.catalog(), "0.1", D).entry(SoaEntry.undecided(id("9.9"))));
        assertEquals("statement of applicability '0.1' entry control must be a control of catalogue 'test:2022' but"
                + " was '9.9'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StatementOfApplicability.builder(
                LifecycleFixtures.catalog(), "0.1", D).include(id("9.9"), InclusionReason.BEST_PRACTICE, List.of()));
    }

    @Test
    void rejectsAControlGivenTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatementOfApplicability
                .builder(LifecycleFixtures.catalog(), "0.1", D).entry(SoaEntry.undecided(id("5.1")))
                .entry(SoaEntry.excluded(id("5.1"), "x")));
        assertEquals("statement of applicability '0.1' entries must list control 5.1 once but it was given twice",
                e.getMessage());
    }

    @Test
    void includeAccumulatesRiskTreatmentsOnOneControl() {
        StatementOfApplicability s = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "0.1", D)
                .include(id("8.24"), InclusionReason.RISK_TREATMENT, List.of("R-1"))
                .include(id("8.24"), InclusionReason.RISK_TREATMENT, List.of("R-2"))
                .include(id("8.24"), InclusionReason.CONTRACTUAL, List.of()).build();
        SoaEntry e = s.require(id("8.24"));
        assertEquals(List.of("R-1", "R-2"), e.risks());
        assertEquals(2, e.reasons().size());
    }

    @Test
    void derivesImplementationFromAppliedControlsButKeepsExplicitStatuses() {
        AppliedControlSet applied = AppliedControlSet.of(
                AppliedControl.builder("AC-1", "Disk encryption").realises(ref("8.24"))
                        .status(AppliedControlStatus.IMPLEMENTED).build(),
                AppliedControl.builder("AC-2", "Policy set").realises(ref("5.1")).status(AppliedControlStatus.DEGRADED)
                        .build());
        Implementation landlord = Implementation.explicit(ImplementationStatus.IMPLEMENTED, "Landlord's duty");
        StatementOfApplicability s = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "0.2", D)
                .entry(SoaEntry.builder(id("7.10")).include(InclusionReason.BEST_PRACTICE).implementation(landlord)
                        .build())
                .appliedControls(applied).build();
        assertEquals(ImplementationStatus.IMPLEMENTED, s.require(id("8.24")).implementation().status());
        assertEquals(List.of("AC-1"), s.require(id("8.24")).implementation().appliedControls());
        assertEquals(ImplementationStatus.PARTIALLY_IMPLEMENTED, s.require(id("5.1")).implementation().status());
        assertEquals(landlord, s.require(id("7.10")).implementation());
        assertEquals(ImplementationStatus.NOT_IMPLEMENTED, s.require(id("8.17")).implementation().status());
        StatementOfApplicability later = s.withStatusesFrom(applied.with(applied.require("AC-2")
                .withStatus(AppliedControlStatus.IMPLEMENTED)));
        assertEquals(ImplementationStatus.IMPLEMENTED, later.require(id("5.1")).implementation().status());
        assertEquals(landlord, later.require(id("7.10")).implementation());
    }

    @Test
    void anApprovedStatementHasNoUndecidedEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> draft().approve("1.0", new Approval("CEO", D)));
        assertEquals("statement of applicability '1.0' approval needs every control decided but 5 are undecided, the"
                + " first 5.7", e.getMessage());
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "1.0", D);
        for (Control c : LifecycleFixtures.catalog().controls()) {
            b.include(c.id(), InclusionReason.BEST_PRACTICE, List.of());
        }
        StatementOfApplicability approved = b.approval(new Approval("CEO", D.plusDays(2))).build();
        assertFalse(approved.isDraft());
        assertEquals(Optional.of(new Approval("CEO", D.plusDays(2))), approved.approval());
    }

    @Test
    void rejectsAnApprovalBeforeTheStatementsDate() {
        Catalog one = Catalog.builder("one", "One").control(Control.of("1", "Only")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatementOfApplicability
                .builder(one, "1.0", D).include(id("1"), InclusionReason.BEST_PRACTICE, List.of())
                .approval(new Approval("CEO", D.minusDays(1))).build());
        assertEquals("statement of applicability '1.0' approval date must not be before the statement's date"
                + " 2026-03-01 but was 2026-02-28", e.getMessage());
    }

    @Test
    void withEntryReplacesOneEntryAndDropsTheApproval() {
        StatementOfApplicability s = draft();
        StatementOfApplicability changed = s.withEntry(SoaEntry.excluded(id("8.17"), "No clocks"));
        assertEquals(Applicability.EXCLUDED, changed.require(id("8.17")).applicability());
        assertEquals(Applicability.UNDECIDED, s.require(id("8.17")).applicability());
        assertThrows(UnknownIdException.class, () -> s.withEntry(SoaEntry.undecided(id("9.9"))));
        assertEquals(s, draft());
        assertEquals(s.hashCode(), draft().hashCode());
    }

    @Test
    void requireNamesTheControlAndTheStatement() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> draft().require(id("9.9")));
        assertEquals("unknown control id '9.9' in statement of applicability '0.1' of catalogue 'test:2022'",
                e.getMessage());
        assertEquals(Optional.empty(), draft().find(id("9.9")));
    }

    @Test
    void rejectsABlankVersion() {
        assertEquals("statement of applicability version must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> StatementOfApplicability.builder(LifecycleFixtures.catalog(),
                        " ", D).build()).getMessage());
    }
    @Test
    void includesForARequirementMergingWithRisksAlreadyLinked() {
        StatementOfApplicability s = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "0.1", D)
                .include(id("8.24"), InclusionReason.RISK_TREATMENT, List.of("R-1"))
                .includeFor(id("8.24"), InclusionReason.LEGAL_OR_REGULATORY, "GDPR Art. 32")
                .includeFor(id("8.24"), InclusionReason.CONTRACTUAL, "MSA 7.2")
                .includeFor(id("5.1"), InclusionReason.CONTRACTUAL, "MSA 7.2").build();
        SoaEntry e = s.require(id("8.24"));
        assertEquals(Applicability.APPLICABLE, e.applicability());
        assertEquals(java.util.Set.of(InclusionReason.RISK_TREATMENT, InclusionReason.LEGAL_OR_REGULATORY,
                InclusionReason.CONTRACTUAL), e.reasons());
        assertEquals(List.of("R-1"), List.copyOf(e.risks()));
        assertEquals(List.of("GDPR Art. 32", "MSA 7.2"), List.copyOf(e.requirements()));
        assertEquals(List.of("MSA 7.2"), List.copyOf(s.require(id("5.1")).requirements()));
    }

    @Test
    void excludesWithAJustificationButNeverAnIncludedControl() {
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "0.1", D)
                .include(id("8.24"), InclusionReason.RISK_TREATMENT, List.of("R-1"))
                .exclude(id("7.10"), "No removable media");
        assertEquals(Optional.of("No removable media"), b.build().require(id("7.10")).justification());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> b.exclude(id("8.24"), "Not needed"));
        assertEquals("SoA entry 8.24 is applicable for [risk-treatment]; it cannot be excluded without a new decision",
                e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> b.includeFor(id("7.10"), InclusionReason.CONTRACTUAL, "MSA 7.2"));
        assertThrows(IllegalArgumentException.class, () -> b.exclude(id("5.1"), " "));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> b.includeFor(id("5.1"), InclusionReason.CONTRACTUAL, ""));
        assertTrue(blank.getMessage().contains("5.1 requirement"), blank.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.exclude(id("9.9"), "x"));
    }
}
