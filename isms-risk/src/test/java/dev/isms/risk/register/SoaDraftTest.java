// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static dev.isms.risk.RiskFixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.soa.Applicability;
import dev.isms.core.soa.ImplementationStatus;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoaDraftTest {
    private static final Catalog ISO = Catalogs.iso27002_2022();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Catalog NIST = Catalog.builder("nist:800-53r5", "Extract of NIST SP 800-53")
            .control(Control.of("IA-2", "Identification and authentication"))
            .control(Control.of("CP-9", "System backup")).build();

    private static RiskTreatment modify(String id, String scenario, ControlRef... refs) {
        RiskTreatment.Builder b = RiskTreatment.builder(id, scenario, TreatmentOption.MODIFY);
        for (ControlRef r : refs) {
            b.control(ControlEffect.likelihood(r, 0.5));
        }
        return b.build();
    }

    private static RiskRegister register(RiskTreatment... treatments) {
        return RiskFixtures.register().catalog(NIST).treatment(treatments).build();
    }

    @Test
    void treatedControlsBecomeApplicableForRiskTreatmentWithTheirScenariosAndTheRestUndecided() {
        RiskRegister r = register(modify("T-1", "R-1", ref("8.7"), ref("8.13")), modify("T-2", "R-2", ref("8.7")),
                modify("T-3", "R-1", ref("8.7")));
        SoaDraft d = r.draftSoa(ISO, "0.1", DAY);
        StatementOfApplicability soa = d.statement();
        assertEquals(93, soa.entries().size());
        SoaEntry malware = soa.require(ControlId.parse("8.7"));
        assertEquals(Applicability.APPLICABLE, malware.applicability());
        assertEquals(Set.of(InclusionReason.RISK_TREATMENT), malware.reasons());
        assertEquals(List.of("R-1", "R-2"), malware.risks());
        assertEquals(List.of("R-1"), soa.require(ControlId.parse("8.13")).risks());
        assertEquals(2, soa.applicable().size());
        assertEquals(91, soa.undecided().size());
        assertTrue(soa.isDraft());
        assertEquals("0.1", soa.version());
        assertTrue(d.isComplete());
    }

    @Test
    void cancelledTreatmentsChooseNothing() {
        RiskRegister r = register(modify("T-1", "R-1", ref("8.7")).withStatus(TreatmentStatus.CANCELLED));
        assertEquals(0, r.draftSoa(ISO, "0.1", DAY).statement().applicable().size());
    }

    @Test
    void appliedControlsTreatingAScenarioChooseTheControlsTheyRealiseAndSetTheStatus() {
        AppliedControl backup = AppliedControl.builder("AC-1", "Nightly offsite backup").realises(ref("8.13"))
                .status(AppliedControlStatus.IMPLEMENTED).treats("R-1", "R-404").build();
        AppliedControl retired = AppliedControl.builder("AC-2", "Old antivirus").realises(ref("8.7"))
                .status(AppliedControlStatus.RETIRED).treats("R-1").build();
        SoaDraft d = register().draftSoa(ISO, AppliedControlSet.of(backup, retired), "0.1", DAY);
        SoaEntry e = d.statement().require(ControlId.parse("8.13"));
        assertEquals(Applicability.APPLICABLE, e.applicability());
        assertEquals(List.of("R-1"), e.risks());
        assertEquals(ImplementationStatus.IMPLEMENTED, e.implementation().status());
        assertEquals(List.of("AC-1"), e.implementation().appliedControls());
        assertEquals(Applicability.UNDECIDED, d.statement().require(ControlId.parse("8.7")).applicability());
    }

    @Test
    void controlsOfAnotherCatalogueAreMappedThroughAppliedControlsOrReported() {
        AppliedControl mfa = AppliedControl.builder("AC-1", "MFA for every account")
                .realises(ControlRef.of("nist:800-53r5", "IA-2"), ref("8.5"), ref("5.17")).build();
        RiskRegister r = register(modify("T-1", "R-1", ControlRef.of("nist:800-53r5", "IA-2")),
                modify("T-2", "R-2", ControlRef.of("nist:800-53r5", "CP-9")),
                modify("T-3", "R-1", ControlRef.of("nist:800-53r5", "CP-9")));
        SoaDraft d = r.draftSoa(ISO, AppliedControlSet.of(mfa), "0.1", DAY);
        assertEquals(List.of("R-1"), d.statement().require(ControlId.parse("8.5")).risks());
        assertEquals(List.of("R-1"), d.statement().require(ControlId.parse("5.17")).risks());
        assertEquals(ImplementationStatus.PLANNED,
                d.statement().require(ControlId.parse("8.5")).implementation().status());
        assertFalse(d.isComplete());
        UnplacedControl u = d.unplaced().get(0);
        assertEquals(1, d.unplaced().size());
        assertEquals(ControlRef.of("nist:800-53r5", "CP-9"), u.control());
        assertEquals(List.of("R-2", "R-1"), u.scenarioIds());
        assertEquals("a control of catalogue 'nist:800-53r5' that no applied control maps onto catalogue"
                + " 'iso27002:2022'", u.reason());
    }

    @Test
    void anIdTheStatementsCatalogueLacksIsReported() {
        Catalog small = Catalog.builder("iso27002:2022", "Two controls").control(Control.of("8.7", "Malware"))
                .control(Control.of("8.8", "Vulnerabilities")).build();
        SoaDraft d = register(modify("T-1", "R-1", ref("8.7"), ref("8.13"))).draftSoa(small, "0.1", DAY);
        assertEquals(2, d.statement().entries().size());
        assertEquals(List.of(new UnplacedControl(ref("8.13"), List.of("R-1"),
                "catalogue 'iso27002:2022' has no control '8.13'")), d.unplaced());
    }

    @Test
    void aBlankVersionIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> register().draftSoa(ISO, " ", DAY));
        assertTrue(e.getMessage().contains("statement of applicability version"), e.getMessage());
    }

    @Test
    void nullsAreRejectedNamingTheParameter() {
        RiskRegister r = register();
        assertEquals("catalog", assertThrows(NullPointerException.class, () -> r.draftSoa(null, "1", DAY))
                .getMessage());
        assertEquals("applied", assertThrows(NullPointerException.class,
                () -> r.draftSoa(ISO, null, "1", DAY)).getMessage());
    }

    @Test
    void theDraftCopiesItsUnplacedList() {
        SoaDraft d = register().draftSoa(ISO, "0.1", DAY);
        assertThrows(UnsupportedOperationException.class, () -> d.unplaced().add(null));
        assertThrows(NullPointerException.class, () -> new SoaDraft(null, List.of()));
        assertThrows(NullPointerException.class, () -> new SoaDraft(d.statement(), List.of(), null));
        assertEquals(List.of(), new SoaDraft(d.statement(), List.of()).unknownAppliedControls());
    }

    @Test
    void aTreatmentsAppliedControlsMakeTheControlsTheyRealiseApplicableWithItsScenario() {
        AppliedControl mfa = AppliedControl.builder("AC-1", "MFA for every account")
                .realises(ref("8.5"), ref("5.17"), ControlRef.of("nist:800-53r5", "IA-2"))
                .status(AppliedControlStatus.IMPLEMENTED).build();
        RiskRegister r = register(RiskTreatment.builder("T-1", "R-2", TreatmentOption.MODIFY).appliedControl("AC-1")
                .build());
        SoaDraft d = r.draftSoa(ISO, AppliedControlSet.of(mfa), "0.1", DAY);
        SoaEntry e = d.statement().require(ControlId.parse("8.5"));
        assertEquals(Applicability.APPLICABLE, e.applicability());
        assertEquals(Set.of(InclusionReason.RISK_TREATMENT), e.reasons());
        assertEquals(List.of("R-2"), e.risks());
        assertEquals(ImplementationStatus.IMPLEMENTED, e.implementation().status());
        assertEquals(List.of("R-2"), d.statement().require(ControlId.parse("5.17")).risks());
        assertEquals(2, d.statement().applicable().size());
        assertTrue(d.isComplete(), d.toString());
    }

    @Test
    void anAppliedControlATreatmentNamesButTheSetLacksIsReportedWithTheTreatments() {
        AppliedControl backup = AppliedControl.builder("AC-1", "Nightly backup").realises(ref("8.13")).build();
        RiskRegister r = register(
                RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY).appliedControl("AC-9", "AC-1").build(),
                RiskTreatment.builder("T-2", "R-2", TreatmentOption.SHARE).appliedControl("AC-9").build(),
                RiskTreatment.builder("T-3", "R-2", TreatmentOption.SHARE).appliedControl("AC-8").build());
        SoaDraft d = r.draftSoa(ISO, AppliedControlSet.of(backup), "0.1", DAY);
        assertEquals(List.of(new UnknownAppliedControl("AC-9", List.of("T-1", "T-2")),
                new UnknownAppliedControl("AC-8", List.of("T-3"))), d.unknownAppliedControls());
        assertEquals(List.of(), d.unplaced());
        assertFalse(d.isComplete());
        assertEquals(List.of("R-1"), d.statement().require(ControlId.parse("8.13")).risks());
        assertEquals(List.of(new UnknownAppliedControl("AC-1", List.of("T-1"))),
                register(RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY).appliedControl("AC-1").build())
                        .draftSoa(ISO, "0.1", DAY).unknownAppliedControls());
    }

    @Test
    void cancelledTreatmentsAndRetiredAppliedControlsChooseNothingThroughTheTreatment() {
        AppliedControl retired = AppliedControl.builder("AC-1", "Old antivirus").realises(ref("8.7"))
                .status(AppliedControlStatus.RETIRED).build();
        AppliedControl backup = AppliedControl.builder("AC-2", "Nightly backup").realises(ref("8.13")).build();
        RiskRegister r = register(
                RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY).appliedControl("AC-1").build(),
                RiskTreatment.builder("T-2", "R-2", TreatmentOption.MODIFY).appliedControl("AC-2", "AC-404")
                        .status(TreatmentStatus.CANCELLED).build());
        SoaDraft d = r.draftSoa(ISO, AppliedControlSet.of(retired, backup), "0.1", DAY);
        assertEquals(0, d.statement().applicable().size());
        assertTrue(d.isComplete(), d.toString());
    }
}
