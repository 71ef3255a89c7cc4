// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.soa.Approval;
import dev.isms.core.soa.Implementation;
import dev.isms.core.soa.ImplementationStatus;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.ImplementedRequirement;
import gov.nist.secauto.oscal.lib.model.Profile;
import gov.nist.secauto.oscal.lib.model.Result;
import gov.nist.secauto.oscal.lib.model.SystemSecurityPlan;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The management-system records as OSCAL: a Statement of Applicability as a profile and a system security plan, a gap
 * assessment as assessment results. Each validates against NIST's 1.1.3 schema and liboscal-java reads it.
 */
class OscalRecordsTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 1);
    private static final Catalog ISO = Catalogs.iso27002_2022();

    static StatementOfApplicability soa() {
        AppliedControlSet applied = AppliedControlSet.of(
                AppliedControl.builder("AC-1", "MFA on all admin accounts").realises(ControlRef.of(ISO.id(), "8.5"))
                        .status(AppliedControlStatus.IMPLEMENTED).build(),
                AppliedControl.builder("AC-2", "Key management service").realises(ControlRef.of(ISO.id(), "8.24"))
                        .status(AppliedControlStatus.IN_PROGRESS).build());
        return StatementOfApplicability.builder(ISO, "1.0", D)
                .include(ControlId.parse("8.5"), InclusionReason.RISK_TREATMENT, List.of("R-3"))
                .entry(SoaEntry.builder(ControlId.parse("8.24")).include(InclusionReason.LEGAL_OR_REGULATORY,
                        InclusionReason.CONTRACTUAL).owner("CISO").requirements(List.of("GDPR Art. 32"))
                        .justification("Customer data is encrypted at rest.\nKeys rotate yearly.").build())
                .entry(SoaEntry.builder(ControlId.parse("5.1")).include(InclusionReason.BEST_PRACTICE)
                        .implementation(Implementation.explicit(ImplementationStatus.PARTIALLY_IMPLEMENTED,
                                "Policy drafted, not yet approved")).build())
                .entry(SoaEntry.excluded(ControlId.parse("7.10"), "No removable media in use"))
                .appliedControls(applied).build();
    }

    private static List<String> applicableOscalIds(StatementOfApplicability s) {
        return s.applicable().stream().map(e -> "iso27002-2022-" + e.control()).toList();
    }

    // ---- profile ----

    @Test
    void theProfileSelectsTheApplicableControlsAndResolvesBackToThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("soa-profile.json");
        Oscal.writeProfile(soa(), ISO, "iso27002.json", file);
        String json = Files.readString(file);
        OscalSchemas.assertValid("1.1.3", "profile", json);
        Profile p = OscalBindingContext.instance().newBoundLoader().load(Profile.class, file);
        assertEquals(List.of("iso27002-2022-5.1", "iso27002-2022-8.5", "iso27002-2022-8.24"),
                p.getImports().get(0).getIncludeControls().get(0).getWithIds().stream().map(Object::toString)
                        .toList());
        OscalProfile back = Oscal.readProfile(file);
        assertEquals(OscalProfile.from(soa(), ISO, "iso27002.json"), back);
        assertEquals(applicableOscalIds(soa()), back.imports().get(0).include().get(0).withIds());
        Catalog selected = Oscal.resolveProfile(back, ISO);
        assertEquals(List.of("5.1", "8.5", "8.24"), selected.controls().stream().map(c -> c.id().toString())
                .toList());
        assertEquals("Statement of Applicability 1.0: " + ISO.title(), selected.title());
    }

    // ---- system security plan ----

    @Test
    void theSspValidatesAndLiboscalReadsEveryControlsStatus(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ssp.json");
        Oscal.writeSsp(soa(), ISO, "soa-profile.json", file);
        String json = Files.readString(file);
        OscalSchemas.assertValid("1.1.3", "ssp", json);
        SystemSecurityPlan ssp = OscalBindingContext.instance().newBoundLoader().load(SystemSecurityPlan.class, file);
        List<ImplementedRequirement> all = ssp.getControlImplementation().getImplementedRequirements();
        assertEquals(93, all.size());
        assertEquals("soa-profile.json", ssp.getImportProfile().getHref().toString());
        assertEquals("under-development", ssp.getSystemCharacteristics().getStatus().getState());
        assertEquals("partial", state(all, "iso27002-2022-5.1"));
        assertEquals("implemented", state(all, "iso27002-2022-8.5"));
        assertEquals("planned", state(all, "iso27002-2022-8.24"));
        assertEquals("not-applicable", state(all, "iso27002-2022-7.10"));
        assertTrue(requirement(all, "iso27002-2022-5.2").getByComponents().isEmpty(), "undecided: no statement");
    }

    @Test
    void theSspCarriesJustificationsReasonsAndTheExactStatus() {
        String json = Oscal.toSspJson(soa(), ISO, "soa-profile.json");
        assertTrue(json.contains("\"remarks\": \"Customer data is encrypted at rest.\\nKeys rotate yearly.\""), json);
        assertTrue(json.contains("\"remarks\": \"No removable media in use\""));
        assertTrue(json.contains("\"remarks\": \"Policy drafted, not yet approved\""));
        for (String value : List.of("legal-or-regulatory", "contractual", "GDPR Art. 32", "CISO", "AC-2", "R-3",
                "partially-implemented", "excluded", "undecided")) {
            assertTrue(json.contains("\"value\": \"" + value + "\""), value);
        }
        assertTrue(json.contains("\"description\": \"Applicable; planned, realised by applied controls AC-2.\""));
    }

    @Test
    void anApprovedStatementIsAnOperationalSystemLastModifiedOnItsApproval() throws Exception {
        StatementOfApplicability approved = soa();
        for (SoaEntry e : approved.undecided()) {
            approved = approved.withEntry(SoaEntry.excluded(e.control(), "Out of scope"));
        }
        approved = approved.approve("1.1", new Approval("Top management", D.plusDays(3)));
        String json = Oscal.toSspJson(approved, ISO, "p.json");
        OscalSchemas.assertValid("1.1.3", "ssp", json);
        assertTrue(json.contains("\"state\": \"operational\""));
        assertTrue(json.contains("\"last-modified\": \"2026-03-04T00:00:00Z\""));
        assertTrue(json.contains("\"value\": \"Top management\""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Oscal.writeSsp(approved, ISO, "p.json", out);
        assertEquals(json, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSspIsDeterministicAndItsUuidFollowsTheContent() {
        String a = Oscal.toSspJson(soa(), ISO, "p.json");
        assertEquals(a, Oscal.toSspJson(soa(), ISO, "p.json"));
        String b = Oscal.toSspJson(soa().withEntry(SoaEntry.excluded(ControlId.parse("5.2"), "Not needed")), ISO,
                "p.json");
        assertNotEquals(uuid(a), uuid(b));
        assertEquals(uuid(a), uuid(Oscal.toSspJson(soa(), ISO, "p.json")));
    }

    @Test
    void theSchemaCheckOfAnSspCanFail() {
        String json = Oscal.toSspJson(soa(), ISO, "p.json").replace("\"system-characteristics\"", "\"system\"");
        assertFalse(OscalSchemas.errors("1.1.3", "ssp", json).isEmpty());
    }

    // ---- assessment results ----

    static GapAssessment assessment() {
        return GapAssessment.builder(Catalogs.iso27001_2022Requirements(), ISO, D)
                .clause("6.1.2", AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 2))
                .clause("4.3", AssessmentResult.of(Conformity.CONFORMANT, 4))
                .control("8.24", AssessmentResult.builder(Conformity.NOT_CONFORMANT).maturity(1)
                        .notes("Keys are kept beside the data.").evidence(List.of(Evidence.of("Key inventory",
                                "https://wiki.example/keys", D, D.plusYears(1)))).weight(2).build())
                .control("8.5", AssessmentResult.of(Conformity.CONFORMANT, 5))
                .control("7.10", AssessmentResult.notApplicable("No removable media"))
                .build();
    }

    static List<OscalRisk> risks() {
        return List.of(OscalRisk.of("R-7", "Stolen keys decrypt customer data", "4", "5")
                        .withStatement("An attacker who reaches the data also finds the keys.")
                        .withControls(List.of(ControlId.parse("8.24"), ControlId.parse("8.5"))),
                OscalRisk.of("R-9", "Phishing", "high", "medium"));
    }

    @Test
    void assessmentResultsValidateAndLiboscalReadsFindingsAndRisks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ar.json");
        Oscal.writeAssessmentResults(assessment(), risks(), file);
        OscalSchemas.assertValid("1.1.3", "assessment-results", Files.readString(file));
        AssessmentResults ar = OscalBindingContext.instance().newBoundLoader().load(AssessmentResults.class, file);
        Result r = ar.getResults().get(0);
        assertEquals(30 + 93, r.getReviewedControls().getControlSelections().get(0).getIncludeControls().size());
        assertEquals(4, r.getFindings().size());
        assertEquals(4, r.getObservations().size());
        assertEquals(2, r.getRisks().size());
        assertEquals(List.of("likelihood=4", "impact=5"), r.getRisks().get(0).getCharacterizations().get(0)
                .getFacets().stream().map(f -> f.getName() + "=" + f.getValue()).toList());
        assertEquals(List.of("satisfied", "not-satisfied", "satisfied", "not-satisfied"), r.getFindings().stream()
                .map(f -> f.getTarget().getStatus().getState().toString()).toList());
        assertEquals(2, r.getRisks().get(0).getRelatedObservations().size());
        assertEquals(1, r.getFindings().get(3).getRelatedRisks().size());
    }

    @Test
    void assessmentResultsCarryConformityMaturityNotesAndEvidence() {
        String json = Oscal.toAssessmentResultsJson(assessment(), risks());
        assertTrue(json.contains("\"description\": \"Keys are kept beside the data.\""));
        assertTrue(json.contains("\"description\": \"Key inventory (https://wiki.example/keys, 2026-03-01, valid"
                + " through 2027-03-01)\""));
        assertTrue(json.contains("\"description\": \"Control 8.24: Use of cryptography is not conformant, maturity 1"
                + " on 0..5.\""), json);
        assertTrue(json.contains("\"target-id\": \"iso27001-2022-6.1.2\""));
        assertTrue(json.contains("\"value\": \"2.0\""), "the weight");
        assertEquals(json, Oscal.toAssessmentResultsJson(assessment(), risks()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Oscal.writeAssessmentResults(assessment(), risks(), out);
        assertEquals(json, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAssessmentWithoutRisksOrFindingsStillValidates(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.json");
        Oscal.writeAssessmentResults(GapAssessment.builder(Catalogs.iso27001_2022Requirements(), ISO, D).build(),
                file);
        String json = Files.readString(file);
        OscalSchemas.assertValid("1.1.3", "assessment-results", json);
        assertFalse(json.contains("\"findings\""));
        assertFalse(json.contains("\"risks\""));
    }

    // ---- errors ----

    @Test
    void rejectsAStatementThatDoesNotMatchTheCatalogue() {
        StatementOfApplicability old = StatementOfApplicability.builder(Catalogs.iso27001_2013(), "3", D).build();
        assertEquals("statement of applicability '3' must be of catalogue 'iso27002:2022' but is of"
                + " 'iso27001:2013'", assertThrows(IllegalArgumentException.class,
                () -> Oscal.toSspJson(old, ISO, "p.json")).getMessage());
        Catalog fewer = Catalog.builder(ISO.id(), "Part").control(Control.of("5.1", "Policies")).build();
        assertEquals("statement of applicability '1.0' control 5.2 must be a control of catalogue 'iso27002:2022'"
                + " but the catalogue given does not have it", assertThrows(IllegalArgumentException.class,
                () -> OscalProfile.from(soa(), fewer, "x.json")).getMessage());
    }

    @Test
    void rejectsAProfileWithoutApplicableControlAndBlankReferences(@TempDir Path dir) {
        StatementOfApplicability none = StatementOfApplicability.builder(ISO, "0.1", D).build();
        assertEquals("statement of applicability '0.1' must have at least one applicable control to be an OSCAL"
                + " profile but has none", assertThrows(IllegalArgumentException.class,
                () -> Oscal.writeProfile(none, ISO, "x.json", dir.resolve("p.json"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OscalProfile.from(soa(), ISO, " "))
                .getMessage().startsWith("import href must not be blank"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Oscal.toSspJson(soa(), ISO, ""))
                .getMessage().startsWith("profileHref must not be blank"));
        assertThrows(NullPointerException.class, () -> Oscal.toSspJson(null, ISO, "p.json"));
        assertThrows(NullPointerException.class, () -> OscalProfile.from(soa(), null, "p.json"));
    }

    @Test
    void rejectsValuesOscalStringsCannotHold() {
        StatementOfApplicability padded = soa().withEntry(SoaEntry.builder(ControlId.parse("5.3"))
                .include(InclusionReason.BEST_PRACTICE).owner("CISO ").build());
        assertEquals("owner must have no leading or trailing white space to be an OSCAL string but was 'CISO '",
                assertThrows(IllegalArgumentException.class, () -> Oscal.toSspJson(padded, ISO, "p.json"))
                        .getMessage());
        List<OscalRisk> padRisk = List.of(OscalRisk.of("R-1", "t", " 3", "4"));
        assertEquals("risk likelihood must have no leading or trailing white space to be an OSCAL string but was"
                + " ' 3'", assertThrows(IllegalArgumentException.class,
                () -> Oscal.toAssessmentResultsJson(assessment(), padRisk)).getMessage());
    }

    @Test
    void rejectsRepeatedRisksAndControlsOutsideTheCatalogue(@TempDir Path dir) {
        List<OscalRisk> twice = List.of(OscalRisk.of("R-1", "a", "1", "1"), OscalRisk.of("R-1", "b", "2", "2"));
        assertEquals("assessment results risks must have distinct ids but 'R-1' repeats",
                assertThrows(IllegalArgumentException.class, () -> Oscal.writeAssessmentResults(assessment(), twice,
                        dir.resolve("ar.json"))).getMessage());
        List<OscalRisk> foreign = List.of(OscalRisk.of("R-2", "a", "1", "1").withControls(List.of(
                ControlId.parse("A.8.24"))));
        assertEquals("risk 'R-2' control A.8.24 must be a control of the assessment's catalogue 'iso27002:2022' but"
                + " is not", assertThrows(IllegalArgumentException.class,
                () -> Oscal.toAssessmentResultsJson(assessment(), foreign)).getMessage());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Oscal.writeAssessmentResults(
                assessment(), dir));
        assertTrue(e.getMessage().startsWith("cannot write " + dir), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> Oscal.writeSsp(soa(), ISO, "p.json", dir));
        assertThrows(NullPointerException.class, () -> Oscal.toAssessmentResultsJson(null, List.of()));
        assertThrows(NullPointerException.class, () -> Oscal.toAssessmentResultsJson(assessment(), null));
    }

    private static ImplementedRequirement requirement(List<ImplementedRequirement> all, String controlId) {
        return all.stream().filter(r -> r.getControlId().equals(controlId)).findFirst().orElseThrow();
    }

    private static String state(List<ImplementedRequirement> all, String controlId) {
        return requirement(all, controlId).getByComponents().get(0).getImplementationStatus().getState();
    }

    private static String uuid(String json) {
        return json.lines().filter(l -> l.contains("\"uuid\"")).findFirst().orElseThrow().trim();
    }
}
