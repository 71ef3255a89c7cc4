// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.json;

import static dev.isms.risk.json.RiskJsonFixtures.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.json.JsonFormat;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.TierScore;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each risk document round-trips; every problem of a document is reported at its JSON pointer, all at once. */
class RiskJsonTest {
    private static final RiskRegister REGISTER = RiskJsonFixtures.register();

    static void assertProblem(FormatException e, String location, String fragment) {
        for (Problem p : e.problems()) {
            if (p.location().equals(location) && p.message().contains(fragment)) {
                return;
            }
        }
        throw new AssertionError("no problem at '" + location + "' containing '" + fragment + "' in:\n"
                + e.getMessage());
    }

    private static <T> void roundTrips(JsonFormat<T> format, T value) {
        String json = format.toJson(value);
        assertTrue(json.startsWith("{\n  \"format\": \"" + format.format() + "\",\n  \"formatVersion\": 1,\n"),
                json);
        assertEquals(value, format.parse(json));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(value, out);
        assertEquals(value, format.read(new ByteArrayInputStream(out.toByteArray()), "doc.json"));
        assertEquals(json, format.toJson(format.parse(json)));
    }

    private static FormatException fails(JsonFormat<?> format, String document) {
        return assertThrows(FormatException.class, () -> format.parse(document.replace('\'', '"')));
    }

    @Test
    void criteriaRoundTripWithBandsGridsRangedLevelsAndAcceptance() {
        roundTrips(JSON.criteria(), RiskFixtures.criteria());
        roundTrips(JSON.criteria(), RiskJsonFixtures.criteria());
        assertTrue(JSON.criteria().toJson(RiskFixtures.criteria()).contains("\"bands\""));
        assertTrue(JSON.criteria().toJson(RiskJsonFixtures.criteria()).contains("\"grid\""));
    }

    @Test
    void threatsVulnerabilitiesAndSourcesRoundTripAndTheCvssVectorIsWrittenAsText() {
        roundTrips(JSON.threats(), REGISTER.threats());
        roundTrips(JSON.vulnerabilities(), REGISTER.vulnerabilities());
        roundTrips(JSON.sources(), REGISTER.sources());
        assertTrue(JSON.vulnerabilities().toJson(REGISTER.vulnerabilities()).contains(
                "\"cvss\": \"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:N\""));
    }

    @Test
    void scenariosRoundTripWithTheirStoredScores() {
        roundTrips(JSON.scenarios(), REGISTER.scenarios());
        assertEquals(1, JSON.scenarios().parse(JSON.scenarios().toJson(REGISTER.scenarios())).get(2).scores().size());
    }

    @Test
    void treatmentsAcceptancesAndScoresRoundTrip() {
        roundTrips(JSON.treatments(), REGISTER.treatments());
        roundTrips(JSON.acceptances(), REGISTER.acceptances());
        List<TierScore> scores = RiskJsonFixtures.scored().scores();
        roundTrips(JSON.scores(), scores);
        roundTrips(JSON.scores(), List.of());
    }

    @Test
    void treatmentsWriteAndReadTheAppliedControlsTheyNameAndAnAbsentMemberIsNone() {
        List<RiskTreatment> treatments = REGISTER.treatments();
        assertEquals(List.of("AC-7", "AC-2"), treatments.get(0).appliedControls());
        String json = JSON.treatments().toJson(treatments);
        assertTrue(json.replaceAll("\\s+", "").contains("\"status\":\"approved\",\"appliedControls\":[\"AC-7\","
                + "\"AC-2\"]"), json);
        assertEquals(treatments, JSON.treatments().parse(json));
        List<RiskTreatment> none = JSON.treatments().parse("""
                {"format": "isms-risk-treatments", "formatVersion": 1, "treatments": [
                 {"id": "T-1", "scenarioId": "R-1", "option": "share", "status": "proposed"}]}
                """);
        assertEquals(List.of(), none.get(0).appliedControls());
        assertFalse(JSON.treatments().toJson(none).contains("appliedControls"));
    }

    @Test
    void blankRepeatedOrControlCharacterAppliedControlIdsAreReportedAtTheirPointers() {
        FormatException e = fails(JSON.treatments(), """
                {'format': 'isms-risk-treatments', 'formatVersion': 1, 'treatments': [
                 {'id': 'T-1', 'scenarioId': 'R-1', 'option': 'modify', 'status': 'proposed',
                  'appliedControls': ['AC-1', ' ', 'AC-1', 'AC-\\u0007']}]}
                """);
        assertProblem(e, "/treatments/0/appliedControls/1", "must not be blank");
        assertProblem(e, "/treatments/0/appliedControls/2", "must not repeat 'AC-1'");
        assertProblem(e, "/treatments/0/appliedControls/3", "control character U+0007");
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void aRegisterRoundTripsWithItsVersionAndRecomputesToTheSameTiers(@TempDir Path dir) {
        roundTrips(JSON.register(), REGISTER);
        Path file = dir.resolve("risks.json");
        JSON.register().write(REGISTER, file);
        RiskRegister read = JSON.register().read(file);
        assertEquals(7, read.version());
        for (RiskScenario s : REGISTER.scenarios()) {
            assertEquals(REGISTER.profile(s.id()), read.profile(s.id()));
        }
        assertTrue(read.diff(REGISTER).isEmpty());
    }

    @Test
    void fairScenariosAndResultsRoundTrip() {
        roundTrips(JSON.fairScenarios(), RiskJsonFixtures.fairScenarios());
        roundTrips(JSON.fairResult(), RiskJsonFixtures.fairResult());
    }

    @Test
    void theDefaultsResolveTheBuiltInCatalogues() {
        RiskRegister r = RiskRegister.builder(RiskFixtures.criteria()).catalog(dev.isms.catalog.Catalogs.iso27002_2022())
                .build();
        roundTrips(RiskJson.defaults().register(), r);
        FormatException e = fails(RiskJson.defaults().scenarios(), """
                {'format': 'isms-risk-scenarios', 'formatVersion': 1, 'scenarios': [{'id': 'R-1', 'title': 'T',
                 'basis': {'riskSourceId': 'S-1', 'event': 'E'}, 'likelihood': 1, 'consequences': {'availability': 1},
                 'existingControls': [{'control': 'iso27002:2022#9.99', 'aspect': 'likelihood', 'effectiveness': 1},
                                      {'control': 'acme:1#1.1', 'aspect': 'likelihood', 'effectiveness': 1}]}]}
                """);
        assertProblem(e, "/scenarios/0/existingControls/0/control", "unknown control id '9.99' in catalogue"
                + " 'iso27002:2022'");
        assertProblem(e, "/scenarios/0/existingControls/1/control", "unknown catalogue 'acme:1'");
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void notJsonIsReportedWithItsPlace() {
        FormatException e = fails(JSON.register(), "{'format': 'isms-risk-register', ");
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
        FormatException array = fails(JSON.threats(), "[1, 2]");
        assertProblem(array, "", "must be a JSON object but was array");
    }

    @Test
    void aWrongFormatOrVersionIsRefusedBeforeTheMembers() {
        FormatException e = fails(JSON.threats(), "{'format': 'isms-risk-threats', 'formatVersion': 2, 'threats': 1}");
        assertProblem(e, "/formatVersion", "version 2 is not supported");
        assertEquals(1, e.problems().size(), e.getMessage());
        FormatException other = fails(JSON.threats(), "{'format': 'isms-risk-sources', 'formatVersion': 1}");
        assertProblem(other, "/format", "unknown format 'isms-risk-sources'; expected 'isms-risk-threats'");
    }

    @Test
    void missingAndUnknownMembersAreReportedAtTheirPointers() {
        FormatException e = fails(JSON.threats(), """
                {'format': 'isms-risk-threats', 'formatVersion': 1,
                 'threats': [{'id': 'T-1'}, {'id': 'T-2', 'name': 'N', 'colour': 'red'}]}
                """);
        assertProblem(e, "/threats/0/name", "is required but is missing or null");
        assertProblem(e, "/threats/1/colour", "unknown field 'colour'");
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void controlsOfARegisterResolveInTheCataloguesItListsAndUnknownOnesAreReportedAtTheirPointers() {
        String json = JSON.register().toJson(REGISTER).replace("iso27002:2022#8.7", "iso27002:2022#8.77")
                .replace("\"iso27002:2022\"\n  ]", "\"iso27002:2022\", \"acme:9\"\n  ]");
        FormatException e = assertThrows(FormatException.class, () -> JSON.register().parse(json));
        assertProblem(e, "/catalogs/1", "names unknown catalogue 'acme:9' (the reader knows 'iso27002:2022')");
        assertProblem(e, "/treatments/0/controls/0/control", "names unknown control id '8.77' in catalogue"
                + " 'iso27002:2022'");
        assertEquals(2, e.problems().size(), e.getMessage());
        String unlisted = JSON.register().toJson(REGISTER).replace("iso27002:2022#8.13", "other:1#8.13");
        assertProblem(assertThrows(FormatException.class, () -> JSON.register().parse(unlisted)),
                "/scenarios/0/existingControls/0/control", "catalogue 'other:1', which the register does not list");
    }

    @Test
    void severalProblemsOfARegisterAreReportedAtOnceWithoutFollowOnProblems() {
        String json = JSON.register().toJson(REGISTER)
                .replace("\"likelihood\": 4,", "\"likelihood\": 9,")
                .replace("\"scenarioId\": \"R-1\"", "\"scenarioId\": \"R-404\"")
                .replace("\"id\": \"T-1\"", "\"id\": \"T-\\u0001\"")
                .replace("\"threatId\": \"T-1\"", "\"threatId\": \"T-9\"")
                .replace("\"version\": 7", "\"version\": 0");
        FormatException e = assertThrows(FormatException.class, () -> JSON.register().parse(json));
        assertProblem(e, "/version", "must be at least 1 but was 0");
        assertProblem(e, "/threats/0/id", "control character");
        assertProblem(e, "/scenarios/0/basis/threatId", "names unknown threat 'T-9'");
        assertProblem(e, "/scenarios/0/likelihood", "must be 1..5 but was 9");
        assertProblem(e, "/scenarios/2/likelihood", "must be 1..5 but was 9");
        assertProblem(e, "/treatments/0/scenarioId", "names unknown scenario 'R-404'");
        assertEquals(7, e.problems().size(), e.getMessage());
    }

    @Test
    void problemsOfRecordsWhoseIdsHoldBracketsAndDotsAreStillReportedAtTheirPointers() {
        String json = JSON.register().toJson(REGISTER).replace("\"R-", "\"R].[-").replace("\"TR-", "\"T[R.")
                .replace("\"likelihood\": 4,", "\"likelihood\": 9,")
                .replace("iso27002:2022#8.7\"", "iso27002:2022#8.77\"");
        FormatException e = assertThrows(FormatException.class, () -> JSON.register().parse(json));
        assertProblem(e, "/scenarios/0/likelihood", "must be 1..5 but was 9");
        assertProblem(e, "/scenarios/2/likelihood", "must be 1..5 but was 9");
        assertProblem(e, "/treatments/0/controls/0/control", "names unknown control id '8.77'");
        assertEquals(3, e.problems().size(), e.getMessage());
        RiskRegister renamed = JSON.register().parse(JSON.register().toJson(REGISTER).replace("\"R-", "\"R].[-"));
        assertEquals(REGISTER.scenarios().size(), renamed.scenarios().size());
        assertTrue(renamed.scenarios().get(0).id().startsWith("R].[-"), renamed.scenarios().get(0).id());
    }

    @Test
    void aRepeatedIdIsReportedAtItsPlaceNamingTheFirst() {
        FormatException e = fails(JSON.scenarios(), """
                {'format': 'isms-risk-scenarios', 'formatVersion': 1, 'scenarios': [
                 {'id': 'R-1', 'title': 'T', 'basis': {'riskSourceId': 'S', 'event': 'E'}, 'likelihood': 1,
                  'consequences': {'availability': 1}},
                 {'id': 'R-1', 'title': 'U', 'basis': {'riskSourceId': 'S'}, 'likelihood': 0,
                  'consequences': {'availability': 1}}]}
                """);
        assertProblem(e, "/scenarios/1/id", "repeats scenario id 'R-1' (first at /scenarios/0/id)");
        assertProblem(e, "/scenarios/1/basis/event", "is required");
        assertProblem(e, "/scenarios/1/likelihood", "must be at least 1 but was 0");
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void loneSurrogatesAndControlCharactersAreRefusedWhereTheyAre() {
        FormatException e = fails(JSON.sources(), """
                {'format': 'isms-risk-sources', 'formatVersion': 1,
                 'sources': [{'id': 'S-\\ud800', 'name': 'N'}, {'id': 'S-2', 'name': 'a\\nb'}]}
                """);
        assertProblem(e, "/sources/0/id", "surrogate");
        assertProblem(e, "/sources/1/name", "control character");
    }

    @Test
    void aBadCvssVectorAndBadFairEstimatesAreReportedAtTheirPointers() {
        assertProblem(fails(JSON.vulnerabilities(), """
                {'format': 'isms-risk-vulnerabilities', 'formatVersion': 1,
                 'vulnerabilities': [{'id': 'V-1', 'name': 'N', 'cvss': 'CVSS:3.1/AV:X'}]}
                """), "/vulnerabilities/0/cvss", "CVSS:3.1/AV:X");
        FormatException e = fails(JSON.fairScenarios(), """
                {'format': 'isms-fair-scenarios', 'formatVersion': 1, 'scenarios': [{'name': 'X',
                 'threatEventFrequency': {'type': 'pert', 'min': 3, 'mode': 2, 'max': 4},
                 'vulnerability': {'probability': {'type': 'constant', 'value': 1, 'mu': 2}},
                 'primaryLoss': {'type': 'gamma'}}]}
                """);
        assertProblem(e, "/scenarios/0/threatEventFrequency", "PERT min 3.0 > mode 2.0");
        assertProblem(e, "/scenarios/0/vulnerability/probability/mu", "is not a parameter of a 'constant'");
        assertProblem(e, "/scenarios/0/primaryLoss/type", "must be one of constant, pert, lognormal but was 'gamma'");
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void criteriaProblemsAreReportedAtTheirPointers() {
        String json = JSON.criteria().toJson(RiskFixtures.criteria()).replace("\"defaultLevel\": \"Medium\"",
                "\"defaultLevel\": \"Meh\"").replace("\"Sanction\"", "\"Sanction\", \"lower\": 1, \"upper\": 0");
        FormatException e = assertThrows(FormatException.class, () -> JSON.criteria().parse(json));
        assertProblem(e, "/acceptance/defaultLevel", "must be one of the risk levels ['Low', 'Medium', 'High', 'Critical']"
                + " but was 'Meh'");
        assertProblem(e, "/categories/legal/scale/levels/2", "");
        assertEquals(2, e.problems().size(), e.getMessage());
        String bands = JSON.criteria().toJson(RiskFixtures.criteria()).replace("\"max\": 4", "\"max\": 3");
        assertProblem(assertThrows(FormatException.class, () -> JSON.criteria().parse(bands)), "/matrix",
                "risk bands must cover 1..25 without gaps or overlaps but band 'Medium' starts at 5 instead of 4");
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedNamingTheLimit() {
        RiskJson small = RiskJson.builder().catalogs(RiskJsonFixtures.registry(RiskJsonFixtures.CATALOG))
                .maxDocumentBytes(500).build();
        String json = JSON.register().toJson(REGISTER);
        FormatException e = assertThrows(FormatException.class, () -> small.register().read(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "big.json"));
        assertTrue(e.getMessage().contains("document must be at most 500 bytes but is larger"), e.getMessage());
        assertEquals("big.json", e.resource());
        RuntimeException write = assertThrows(RuntimeException.class, () -> small.register().toJson(REGISTER));
        assertTrue(write.getMessage().contains("at most 500 bytes"), write.getMessage());
        assertEquals(500, small.maxDocumentBytes());
    }

    @Test
    void theLimitsAreTheSecureDefaultsUntilSetAndOutOfRangeOnesAreRefusedByName() {
        assertEquals("RiskJson[16777216 bytes, depth 32, strings 1000000]", RiskJson.defaults().toString());
        RiskJson custom = RiskJson.builder().maxDocumentBytes(1_000).maxNestingDepth(9).maxStringLength(40).build();
        assertEquals("RiskJson[1000 bytes, depth 9, strings 40]", custom.toString());
        assertEquals(9, custom.maxNestingDepth());
        assertEquals(40, custom.maxStringLength());
        assertEquals("maxNestingDepth must be 1..10000 but was 0", assertThrows(IllegalArgumentException.class,
                () -> RiskJson.builder().maxNestingDepth(0).build()).getMessage());
        assertEquals("maxDocumentBytes must be 1..2147483639 but was 0", assertThrows(IllegalArgumentException.class,
                () -> RiskJson.builder().maxDocumentBytes(0).build()).getMessage());
        assertEquals("maxStringLength must be 1..2147483639 but was -1", assertThrows(IllegalArgumentException.class,
                () -> RiskJson.builder().maxStringLength(-1).build()).getMessage());
        assertEquals("registry", assertThrows(NullPointerException.class, () -> RiskJson.builder().catalogs(null))
                .getMessage());
    }

    @Test
    void aStringOrNestingOverTheLimitsIsRefusedWhereItIs() {
        RiskJson tight = RiskJson.builder().maxStringLength(40).maxNestingDepth(3).build();
        String threats = "{'format': 'isms-risk-threats', 'formatVersion': 1, 'threats': [{'id': 'T-1', 'name': '"
                + "n".repeat(41) + "'}]}";
        FormatException e = assertThrows(FormatException.class, () -> tight.threats().parse(threats.replace('\'',
                '"')));
        assertTrue(e.getMessage().contains("40"), e.getMessage());
        assertTrue(e.problems().get(0).location().startsWith("/threats/0"), e.getMessage());
        e = assertThrows(FormatException.class, () -> tight.register().parse(JSON.register().toJson(REGISTER)));
        assertProblem(e, "/criteria/likelihood/levels", "nesting of arrays and objects must be at most 3 deep");
        assertEquals(REGISTER, RiskJson.builder().catalogs(RiskJsonFixtures.registry(RiskJsonFixtures.CATALOG))
                .maxNestingDepth(8).build().register().parse(JSON.register().toJson(REGISTER)));
    }

    @Test
    void manyProblemsAreBoundedAndTheRestCounted() {
        StringBuilder b = new StringBuilder("{'format': 'isms-risk-threats', 'formatVersion': 1, 'threats': [");
        for (int i = 0; i < 150; i++) {
            b.append(i == 0 ? "": ",").append("{'id': 'T-").append(i).append("', 'name': ' '}");
        }
        FormatException e = fails(JSON.threats(), b.append("]}").toString());
        assertEquals(RiskJson.MAX_PROBLEMS, e.problems().size());
        assertEquals(50, e.omitted());
    }

    @Test
    void writingARegisterWhoseCatalogueTheReaderDoesNotKnowIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RiskJson.defaults()
                .register().toJson(REGISTER));
        assertTrue(e.getMessage().contains("register catalogue 'iso27002:2022' must be one the reader resolves"),
                e.getMessage());
    }

    @Test
    void writingANameTheReaderWouldRefuseIsRefused() {
        RiskCriteria bad = RiskCriteria.builder("acme", 1).likelihood(Scale.of("like\u0007lihood", "Low"))
                .consequence(Scale.of("consequence", "Low"), RiskMatrix.ofProduct(1, 1, List.of(new RiskBand("L", 1,
                        1)))).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.criteria().toJson(bad));
        assertTrue(e.getMessage().contains("scale name must not contain control character U+0007"), e.getMessage());
    }

    @Test
    void anUnreadableFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
        assertThrows(java.io.UncheckedIOException.class, () -> JSON.register().read(dir.resolve("missing.json")));
        assertTrue(Files.notExists(dir.resolve("missing.json")));
    }

    /** Replaces the first occurrence of a text in a written document, which must hold it. */
    private static String edit(String json, String what, String with) {
        assertTrue(json.contains(what), what);
        return json.replaceFirst(java.util.regex.Pattern.quote(what), java.util.regex.Matcher.quoteReplacement(with));
    }

    @Test
    void aNullItemOfAListIsReportedAtItsPointerNotThrown() {
        FormatException e = assertThrows(FormatException.class, () -> JSON.vulnerabilities().parse(edit(
                JSON.vulnerabilities().toJson(REGISTER.vulnerabilities()), "\"vulnerabilities\": [",
                "\"vulnerabilities\": [null, ")));
        assertProblem(e, "/vulnerabilities/0", "null");
        e = assertThrows(FormatException.class, () -> JSON.acceptances().parse(edit(
                JSON.acceptances().toJson(REGISTER.acceptances()), "\"acceptances\": [", "\"acceptances\": [null, ")));
        assertProblem(e, "/acceptances/0", "null");
        e = assertThrows(FormatException.class, () -> JSON.scenarios().parse(edit(
                JSON.scenarios().toJson(REGISTER.scenarios()), "\"existingControls\": [",
                "\"existingControls\": [null, ")));
        assertTrue(e.problems().stream().anyMatch(p -> p.location().endsWith("/existingControls/0")), e::getMessage);
        e = assertThrows(FormatException.class, () -> JSON.fairScenarios().parse(edit(
                JSON.fairScenarios().toJson(RiskJsonFixtures.fairScenarios()), "\"scenarios\": [",
                "\"scenarios\": [null, ")));
        assertProblem(e, "/scenarios/0", "null");
        e = assertThrows(FormatException.class, () -> JSON.fairResult().parse(edit(
                JSON.fairResult().toJson(RiskJsonFixtures.fairResult()), "\"exceedanceCurve\": [",
                "\"exceedanceCurve\": [null, ")));
        assertTrue(e.problems().stream().anyMatch(p -> p.location().endsWith("/exceedanceCurve/0")), e::getMessage);
        e = assertThrows(FormatException.class, () -> JSON.criteria().parse(edit(JSON.criteria().toJson(
                RiskJsonFixtures.criteria()), "\"levels\": [", "\"levels\": [null, ")));
        assertTrue(e.problems().stream().anyMatch(p -> p.location().endsWith("/levels/0")), e::getMessage);
        e = assertThrows(FormatException.class, () -> JSON.criteria().parse(edit(JSON.criteria().toJson(
                RiskFixtures.criteria()), "\"bands\": [", "\"bands\": [null, ")));
        assertTrue(e.problems().stream().anyMatch(p -> p.location().endsWith("/bands/0")), e::getMessage);
        e = assertThrows(FormatException.class, () -> JSON.criteria().parse(edit(JSON.criteria().toJson(
                RiskJsonFixtures.criteria()), "\"grid\": [", "\"grid\": [null, ")));
        assertTrue(e.problems().stream().anyMatch(p -> p.location().endsWith("/grid/0")), e::getMessage);
        e = assertThrows(FormatException.class, () -> JSON.scores().parse(edit(JSON.scores().toJson(
                RiskJsonFixtures.scored().scores()), "\"scores\": [", "\"scores\": [null, ")));
        assertProblem(e, "/scores/0", "null");
        e = assertThrows(FormatException.class, () -> JSON.scores().parse(edit(JSON.scores().toJson(
                RiskJsonFixtures.scored().scores()), "\"likelihood\": \"4\"", "\"likelihood\": null")));
        assertProblem(e, "/scores/0/parameters/likelihood", "not null");
    }

    @Test
    void theRiskLevelsAProblemListsAreQuotedAndBounded() {
        String hostile = "x".repeat(20_000);
        FormatException e = assertThrows(FormatException.class, () -> JSON.criteria().parse(edit(JSON.criteria()
                .toJson(RiskJsonFixtures.criteria()), "\"Green\"", "\"" + hostile + "\"")));
        Problem p = e.problems().stream().filter(q -> q.message().startsWith("must be one of the risk levels"))
                .findFirst().orElseThrow(() -> new AssertionError(e.getMessage()));
        assertTrue(p.message().length() < 500 && p.message().contains("'Amber', 'Red'"), p.message());
    }

    @Test
    void aParameterThatDecodesToLoneSurrogatesIsRefused() {
        // F4 90 80 80 encodes no code point (above U+10FFFF); Jackson decodes it to two lone low surrogates
        String json = edit(JSON.scores().toJson(RiskJsonFixtures.scored().scores()), "\"likelihood\"", "\"like@\"");
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        int at = json.indexOf('@');
        doc.write(text, 0, at);
        doc.write(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0, 4);
        doc.write(text, at + 1, text.length - at - 1);
        FormatException e = assertThrows(FormatException.class,
                () -> JSON.scores().read(new ByteArrayInputStream(doc.toByteArray()), "scores.json"));
        assertTrue(e.problems().stream().anyMatch(p -> p.location().startsWith("/scores/0")
                && p.message().contains("lone surrogate")), e::getMessage);
    }
}
