// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoaEntryTest {
    private static final ControlId C = ControlId.parse("8.24");

    @Test
    void anApplicableEntryHoldsSeveralReasonsAndItsJustification() {
        SoaEntry e = SoaEntry.builder(C).include(InclusionReason.CONTRACTUAL, InclusionReason.RISK_TREATMENT)
                .justification("Customer contracts require encryption at rest").owner("CTO")
                .risks(List.of("R-1", "R-2", "R-1")).requirements(List.of("GDPR Art. 32"))
                .evidence(List.of(Evidence.of("Crypto standard", "wiki", LocalDate.of(2026, 1, 1)))).build();
        assertEquals(Applicability.APPLICABLE, e.applicability());
        assertEquals(EnumSet.of(InclusionReason.RISK_TREATMENT, InclusionReason.CONTRACTUAL), e.reasons());
        assertEquals(List.of("R-1", "R-2"), e.risks());
        assertEquals(ControlRef.of("iso27002:2022", "8.24"), e.controlRef("iso27002:2022"));
        assertEquals(e, e.toBuilder().build());
    }

    @Test
    void rejectsAnExclusionWithoutJustification() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new SoaEntry(C,
                Applicability.EXCLUDED, Set.of(), Optional.empty(), Implementation.notImplemented(), Optional.empty(),
                List.of(), List.of(), List.of()));
        assertEquals("SoA entry 8.24 justification must be given for an excluded control but was empty",
                x.getMessage());
        assertEquals("SoA entry 8.24 justification must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> SoaEntry.excluded(C, " ")).getMessage());
    }

    @Test
    void rejectsReasonsOnAnExcludedEntryAndAnApplicableEntryWithoutReason() {
        assertEquals("SoA entry 8.24 reasons must be empty for an excluded control but was [BEST_PRACTICE]",
                assertThrows(IllegalArgumentException.class, () -> new SoaEntry(C, Applicability.EXCLUDED,
                        Set.of(InclusionReason.BEST_PRACTICE), Optional.of("No"), Implementation.notImplemented(),
                        Optional.empty(), List.of(), List.of(), List.of())).getMessage());
        assertEquals("SoA entry 8.24 reasons must name at least one inclusion reason for an applicable control but"
                + " was empty", assertThrows(IllegalArgumentException.class, () -> SoaEntry.applicable(C))
                .getMessage());
    }

    @Test
    void rejectsRepeatedLinksAndBlankOwners() {
        assertEquals("SoA entry 8.24 risks must not repeat a value but 'R-1' appears twice", assertThrows(
                IllegalArgumentException.class, () -> new SoaEntry(C, Applicability.UNDECIDED, Set.of(),
                        Optional.empty(), Implementation.notImplemented(), Optional.empty(), List.of(),
                        List.of("R-1", "R-1"), List.of())).getMessage());
        assertEquals("SoA entry 8.24 owner must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> SoaEntry.builder(C).owner("").build()).getMessage());
    }

    @Test
    void excludingClearsReasonsAndUndecidedKeepsThemAsProposals() {
        SoaEntry excluded = SoaEntry.builder(C).include(InclusionReason.BEST_PRACTICE).exclude("Not used").build();
        assertEquals(Set.of(), excluded.reasons());
        SoaEntry proposed = SoaEntry.builder(C).include(InclusionReason.BEST_PRACTICE).undecided().build();
        assertTrue(proposed.isUndecided());
        assertEquals(Set.of(InclusionReason.BEST_PRACTICE), proposed.reasons());
    }

    @Test
    void includeMakesAnUndecidedEntryApplicableAndMergesRisks() {
        SoaEntry e = SoaEntry.undecided(C).include(InclusionReason.RISK_TREATMENT, List.of("R-1"))
                .include(InclusionReason.RISK_TREATMENT, List.of("R-2", "R-1"));
        assertEquals(Applicability.APPLICABLE, e.applicability());
        assertEquals(List.of("R-1", "R-2"), e.risks());
    }

    @Test
    void includeRefusesToOverrideAnExclusion() {
        IllegalStateException x = assertThrows(IllegalStateException.class, () -> SoaEntry.excluded(C, "No crypto")
                .include(InclusionReason.RISK_TREATMENT, List.of("R-1")));
        assertEquals("SoA entry 8.24 is excluded ('No crypto'); it cannot be included for risk-treatment without a new"
                + " decision", x.getMessage());
    }

    @Test
    void withImplementationChangesOnlyTheImplementation() {
        SoaEntry e = SoaEntry.applicable(C, InclusionReason.BEST_PRACTICE);
        assertSame(e, e.withImplementation(Implementation.notImplemented()));
        Implementation done = Implementation.explicit(ImplementationStatus.IMPLEMENTED, "Audited");
        SoaEntry changed = e.withImplementation(done);
        assertEquals(done, changed.implementation());
        assertEquals(e, changed.withImplementation(Implementation.notImplemented()));
    }
}
