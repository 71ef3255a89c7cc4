// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.catalog.hostile.JsonMutations;
import dev.isms.catalog.json.JsonFormat;
import dev.isms.core.FormatException;
import dev.isms.core.hostile.Hostile;
import dev.isms.risk.json.RiskJson;
import dev.isms.risk.json.RiskJsonFixtures;
import dev.isms.risk.register.RiskRegister;
import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The risk documents' JSON readers ({@link RiskJson}: register, criteria, scenarios, treatments, acceptances,
 * threats, vulnerabilities, sources, scores, FAIR scenarios and FAIR result) on mutants of valid documents (the
 * fixtures of {@link RiskJsonFixtures}): a value that writes and reads back equal, or a {@link FormatException} with a
 * bounded, capped, log-safe message; never another exception, never a hang.
 */
class RiskJsonHostileProperties {
    private static final RiskJson JSON = RiskJsonFixtures.JSON;
    private static final RiskRegister REGISTER = RiskJsonFixtures.register();

    @Property(tries = 1000)
    void registerReaderGivesAValueOrAFormatException(@ForAll("registers") byte[] doc) {
        attempt("register", JSON.register(), doc);
    }

    @Property(tries = 1000)
    void criteriaReaderGivesAValueOrAFormatException(@ForAll("criteria") byte[] doc) {
        attempt("criteria", JSON.criteria(), doc);
    }

    @Property(tries = 1000)
    void scenariosReaderGivesAValueOrAFormatException(@ForAll("scenarios") byte[] doc) {
        attempt("scenarios", JSON.scenarios(), doc);
    }

    @Property(tries = 1000)
    void treatmentsReaderGivesAValueOrAFormatException(@ForAll("treatments") byte[] doc) {
        attempt("treatments", JSON.treatments(), doc);
    }

    @Property(tries = 1000)
    void acceptancesReaderGivesAValueOrAFormatException(@ForAll("acceptances") byte[] doc) {
        attempt("acceptances", JSON.acceptances(), doc);
    }

    @Property(tries = 1000)
    void threatsReaderGivesAValueOrAFormatException(@ForAll("threats") byte[] doc) {
        attempt("threats", JSON.threats(), doc);
    }

    @Property(tries = 1000)
    void vulnerabilitiesReaderGivesAValueOrAFormatException(@ForAll("vulnerabilities") byte[] doc) {
        attempt("vulnerabilities", JSON.vulnerabilities(), doc);
    }

    @Property(tries = 1000)
    void sourcesReaderGivesAValueOrAFormatException(@ForAll("sources") byte[] doc) {
        attempt("sources", JSON.sources(), doc);
    }

    @Property(tries = 1000)
    void scoresReaderGivesAValueOrAFormatException(@ForAll("scores") byte[] doc) {
        attempt("scores", JSON.scores(), doc);
    }

    @Property(tries = 1000)
    void fairScenariosReaderGivesAValueOrAFormatException(@ForAll("fairScenarios") byte[] doc) {
        attempt("fairScenarios", JSON.fairScenarios(), doc);
    }

    @Property(tries = 1000)
    void fairResultReaderGivesAValueOrAFormatException(@ForAll("fairResults") byte[] doc) {
        attempt("fairResult", JSON.fairResult(), doc);
    }

    /** Reads the document; a value read must write and read back equal (a failure there is not the documented one). */
    private static <T> void attempt(String reader, JsonFormat<T> format, byte[] doc) {
        Hostile.attempt("RiskJson." + reader, doc, FormatException.class, () -> {
            T value = format.read(new ByteArrayInputStream(doc), "hostile.json");
            T back;
            try {
                back = format.parse(format.toJson(value));
            } catch (RuntimeException e) {
                throw new AssertionError("a value read does not write and read back: " + e, e);
            }
            assertEquals(value, back);
            return value;
        });
    }

    @Provide
    Arbitrary<byte[]> registers() {
        return JsonMutations.of(JSON.register().toJson(REGISTER));
    }

    @Provide
    Arbitrary<byte[]> criteria() {
        return JsonMutations.of(JSON.criteria().toJson(RiskJsonFixtures.criteria()));
    }

    @Provide
    Arbitrary<byte[]> scenarios() {
        return JsonMutations.of(JSON.scenarios().toJson(REGISTER.scenarios()));
    }

    @Provide
    Arbitrary<byte[]> treatments() {
        return JsonMutations.of(JSON.treatments().toJson(REGISTER.treatments()));
    }

    @Provide
    Arbitrary<byte[]> acceptances() {
        return JsonMutations.of(JSON.acceptances().toJson(REGISTER.acceptances()));
    }

    @Provide
    Arbitrary<byte[]> threats() {
        return JsonMutations.of(JSON.threats().toJson(REGISTER.threats()));
    }

    @Provide
    Arbitrary<byte[]> vulnerabilities() {
        return JsonMutations.of(JSON.vulnerabilities().toJson(REGISTER.vulnerabilities()));
    }

    @Provide
    Arbitrary<byte[]> sources() {
        return JsonMutations.of(JSON.sources().toJson(REGISTER.sources()));
    }

    @Provide
    Arbitrary<byte[]> scores() {
        return JsonMutations.of(JSON.scores().toJson(RiskJsonFixtures.scored().scores()));
    }

    @Provide
    Arbitrary<byte[]> fairScenarios() {
        return JsonMutations.of(JSON.fairScenarios().toJson(RiskJsonFixtures.fairScenarios()));
    }

    @Provide
    Arbitrary<byte[]> fairResults() {
        return JsonMutations.of(JSON.fairResult().toJson(RiskJsonFixtures.fairResult()));
    }
}
