// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static dev.isms.core.soa.StatementOfApplicabilityTest.D;
import static dev.isms.core.soa.StatementOfApplicabilityTest.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.LifecycleFixtures;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SoaConversionTest {

    static StatementOfApplicability soa2013() {
        return StatementOfApplicability.builder(LifecycleFixtures.catalog2013(), "3.2", D)
                .entry(SoaEntry.builder(id("A.5.1.1")).include(InclusionReason.BUSINESS_REQUIREMENT)
                        .justification("Policy set").owner("CISO").risks(List.of("R-1"))
                        .implementation(Implementation.explicit(ImplementationStatus.IMPLEMENTED, "done")).build())
                .entry(SoaEntry.builder(id("A.5.1.2")).include(InclusionReason.BEST_PRACTICE)
                        .justification("Yearly review").owner("CEO").risks(List.of("R-1", "R-2")).build())
                .entry(SoaEntry.excluded(id("A.8.3.1"), "No removable media"))
                .entry(SoaEntry.excluded(id("A.8.3.2"), "No media to dispose of"))
                .entry(SoaEntry.excluded(id("A.10.1.1"), "Provider encrypts"))
                .entry(SoaEntry.builder(id("A.10.1.2")).include(InclusionReason.CONTRACTUAL)
                        .justification("Customer keys").requirements(List.of("MSA 4.2")).build())
                .entry(SoaEntry.applicable(id("A.18.2.3"), InclusionReason.LEGAL_OR_REGULATORY))
                .entry(SoaEntry.excluded(id("A.12.6.1"), "Covered elsewhere"))
                .build();
    }

    static StatementOfApplicability converted() {
        return SoaConversion.convert(soa2013(), LifecycleFixtures.mapping(), LifecycleFixtures.catalog(), D);
    }

    @Test
    void marksControlsWithoutSourceAsNeedingADecision() {
        StatementOfApplicability c = converted();
        assertEquals(List.of(id("5.7")), LifecycleFixtures.mapping().targetsWithoutSource(LifecycleFixtures.catalog()));
        assertEquals(SoaEntry.undecided(id("5.7")), c.require(id("5.7")));
        assertEquals(List.of(id("5.7"), id("6.3"), id("8.17")), c.undecided().stream().map(SoaEntry::control)
                .toList());
        assertEquals("3.2 converted to test:2022", c.version());
        assertEquals(LifecycleFixtures.CATALOG, c.catalogId());
        assertEquals(LifecycleFixtures.catalog().size(), c.entries().size());
    }

    @Test
    void mergesSeveralSourcesKeepingEveryJustificationAndTheUnionOfReasonsAndRisks() {
        SoaEntry e = converted().require(id("5.1"));
        assertEquals(Applicability.APPLICABLE, e.applicability());
        assertEquals(EnumSet.of(InclusionReason.BUSINESS_REQUIREMENT, InclusionReason.BEST_PRACTICE), e.reasons());
        assertEquals(Optional.of("A.5.1.1: Policy set\nA.5.1.2: Yearly review"), e.justification());
        assertEquals(List.of("R-1", "R-2"), e.risks());
        assertEquals(Optional.of("CISO"), e.owner());
        assertEquals(ImplementationStatus.PARTIALLY_IMPLEMENTED, e.implementation().status());
        assertEquals(Optional.of("carried over from test:2013 A.5.1.1, A.5.1.2"), e.implementation().reason());
    }

    @Test
    void anApplicableSourceWinsOverAnExcludedOneWhoseJustificationIsKeptAndMarked() {
        SoaEntry e = converted().require(id("8.24"));
        assertEquals(Applicability.APPLICABLE, e.applicability());
        assertEquals(EnumSet.of(InclusionReason.CONTRACTUAL), e.reasons());
        assertEquals(Optional.of("A.10.1.1 (excluded): Provider encrypts\nA.10.1.2: Customer keys"),
                e.justification());
        assertEquals(List.of("MSA 4.2"), e.requirements());
    }

    @Test
    void allExcludedSourcesGiveAnExclusionWithAllJustifications() {
        SoaEntry e = converted().require(id("7.10"));
        assertEquals(Applicability.EXCLUDED, e.applicability());
        assertEquals(Optional.of("A.8.3.1: No removable media\nA.8.3.2: No media to dispose of"), e.justification());
    }

    @Test
    void aSourceMappedToTwoControlsContributesToBoth() {
        StatementOfApplicability c = converted();
        assertEquals(Applicability.APPLICABLE, c.require(id("5.36")).applicability());
        SoaEntry vuln = c.require(id("8.8"));
        assertEquals(Applicability.APPLICABLE, vuln.applicability());
        assertEquals(EnumSet.of(InclusionReason.LEGAL_OR_REGULATORY), vuln.reasons());
        assertEquals(Optional.of("A.12.6.1 (excluded): Covered elsewhere"), vuln.justification());
    }

    @Test
    void undecidedSourcesStayUndecided() {
        assertEquals(Applicability.UNDECIDED, converted().require(id("6.3")).applicability());
        assertEquals(Applicability.UNDECIDED, converted().require(id("8.17")).applicability());
    }

    @Test
    void rejectsAMappingFromOrToAnotherCatalogue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SoaConversion.convert(
                StatementOfApplicabilityTest.draft(), LifecycleFixtures.mapping(), LifecycleFixtures.catalog(), D));
        assertEquals("SoA conversion mapping source catalogue must be 'test:2022' but was 'test:2013'",
                e.getMessage());
        IllegalArgumentException t = assertThrows(IllegalArgumentException.class, () -> SoaConversion.convert(
                soa2013(), LifecycleFixtures.mapping(), LifecycleFixtures.catalog2013(), D));
        assertEquals("SoA conversion mapping target catalogue must be 'test:2013' but was 'test:2022'",
                t.getMessage());
    }
}
