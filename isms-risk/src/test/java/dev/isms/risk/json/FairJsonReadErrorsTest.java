// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.json;

import static dev.isms.risk.json.RiskJsonFixtures.JSON;
import static dev.isms.risk.json.RiskJsonTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.FormatException;
import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LogNormal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The FAIR documents of {@link RiskJson} ({@code isms-fair-scenarios}, {@code isms-fair-result}): what a reader
 * fills in when an optional member is absent, and every problem of an estimate or a result reported at its JSON
 * pointer, all at once, without follow-on problems.
 */
class FairJsonReadErrorsTest {

    private static String scenarios(String scenario) {
        return ("{'format': 'isms-fair-scenarios', 'formatVersion': 1, 'scenarios': [" + scenario + "]}")
                .replace('\'', '"');
    }

    private static String scenario(String vulnerability, String primaryLoss, String extra) {
        return "{'name': 'X', 'threatEventFrequency': {'type': 'constant', 'value': 2}, 'vulnerability': "
                + vulnerability + ", 'primaryLoss': " + primaryLoss + extra + "}";
    }

    private static final String DIRECT = "{'probability': {'type': 'constant', 'value': 0.5}}";
    private static final String LOSS = "{'type': 'constant', 'value': 1000}";

    private static FormatException failsScenarios(String scenario) {
        return assertThrows(FormatException.class, () -> JSON.fairScenarios().parse(scenarios(scenario)));
    }

    @Test
    void aPertWithoutLambdaOrVariantIsTheClassicPertAndAContestReadsBack() {
        List<FairScenario> read = JSON.fairScenarios().parse(scenarios(scenario(
                "{'threatCapability': {'type': 'pert', 'min': 0.2, 'mode': 0.5, 'max': 0.9},"
                        + " 'resistanceStrength': {'type': 'lognormal', 'mu': -0.5, 'sigma': 0.25}}",
                "{'type': 'pert', 'min': 1000, 'mode': 2000, 'max': 9000}", "")));
        FairScenario expected = FairScenario.of("X", Constant.of(2), FairVulnerability.contest(BetaPert.of(0.2, 0.5,
                0.9), new LogNormal(-0.5, 0.25)), BetaPert.of(1000, 2000, 9000));
        assertEquals(List.of(expected), read);
    }

    @Test
    void aVulnerabilityMustBeDirectOrAContestNotBothOrNeither() {
        String both = "{'probability': {'type': 'constant', 'value': 0.5},"
                + " 'threatCapability': {'type': 'constant', 'value': 0.5}}";
        FormatException e = failsScenarios(scenario(both, LOSS, ""));
        assertProblem(e, "/scenarios/0/vulnerability",
                "must have either 'probability' or 'threatCapability' and 'resistanceStrength'");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = failsScenarios(scenario("{}", LOSS, ""));
        assertProblem(e, "/scenarios/0/vulnerability",
                "must have either 'probability' or 'threatCapability' and 'resistanceStrength'");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void aContestNeedsBothSides() {
        FormatException e = failsScenarios(scenario("{'threatCapability': {'type': 'constant', 'value': 0.5}}",
                LOSS, ""));
        assertProblem(e, "/scenarios/0/vulnerability", "must have both 'threatCapability' and 'resistanceStrength'");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = failsScenarios(scenario("{'resistanceStrength': {'type': 'constant', 'value': 0.5}}", LOSS, ""));
        assertProblem(e, "/scenarios/0/vulnerability", "must have both 'threatCapability' and 'resistanceStrength'");
    }

    @Test
    void aBadSideOfAContestIsReportedAtItsPointerOnly() {
        FormatException e = failsScenarios(scenario("{'threatCapability': {'type': 'constant', 'value': 0.5},"
                + " 'resistanceStrength': {'type': 'lognormal', 'mu': 1}}", LOSS, ""));
        assertProblem(e, "/scenarios/0/vulnerability/resistanceStrength/sigma", "is required but is missing or null");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void eachDistributionTypeTakesOnlyItsOwnParametersAndNeedsThemAll() {
        FormatException e = failsScenarios(scenario(DIRECT, "{'type': 'lognormal', 'mu': 1, 'sigma': 2, 'max': 3}",
                ""));
        assertProblem(e, "/scenarios/0/primaryLoss/max",
                "is not a parameter of a 'lognormal' distribution, which takes [mu, sigma]");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = failsScenarios(scenario(DIRECT, "{'type': 'pert', 'min': 1, 'max': 3, 'sigma': 1}", ""));
        assertProblem(e, "/scenarios/0/primaryLoss/sigma",
                "is not a parameter of a 'pert' distribution, which takes [min, mode, max, lambda, variant]");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = failsScenarios(scenario(DIRECT, "{'type': 'pert', 'min': 1, 'max': 3}", ""));
        assertProblem(e, "/scenarios/0/primaryLoss/mode", "is required but is missing or null");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = failsScenarios(scenario(DIRECT, "{'type': 'constant'}", ""));
        assertProblem(e, "/scenarios/0/primaryLoss/value", "is required but is missing or null");
        e = failsScenarios(scenario(DIRECT, "{'type': 'lognormal', 'sigma': 1}", ""));
        assertProblem(e, "/scenarios/0/primaryLoss/mu", "is required but is missing or null");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void aPertsVariantAndLambdaAreCheckedAtTheirPointers() {
        FormatException e = failsScenarios(scenario(DIRECT,
                "{'type': 'pert', 'min': 1, 'mode': 2, 'max': 3, 'variant': 'skewed'}", ""));
        assertProblem(e, "/scenarios/0/primaryLoss/variant", "'skewed'");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = failsScenarios(scenario(DIRECT, "{'type': 'pert', 'min': 1, 'mode': 2, 'max': 3, 'lambda': -1}", ""));
        assertProblem(e, "/scenarios/0/primaryLoss", "lambda");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void aSecondaryLossNeedsItsProbabilityAndTheOtherWayRound() {
        FormatException e = failsScenarios(scenario(DIRECT, LOSS,
                ", 'secondaryEventProbability': {'type': 'constant', 'value': 0.3}"));
        assertProblem(e, "/scenarios/0", "must have both secondaryEventProbability and secondaryLoss, or neither");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = failsScenarios(scenario(DIRECT, LOSS, ", 'secondaryLoss': {'type': 'constant', 'value': 300}"));
        assertProblem(e, "/scenarios/0", "must have both secondaryEventProbability and secondaryLoss, or neither");
    }

    @Test
    void aMissingTypeOrVulnerabilityIsReportedOnceAtItsPointer() {
        FormatException e = failsScenarios(scenario(DIRECT, "{'value': 1}", ""));
        assertProblem(e, "/scenarios/0/primaryLoss/type", "");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = assertThrows(FormatException.class, () -> JSON.fairScenarios().parse(scenarios(
                "{'name': 'X', 'threatEventFrequency': {'type': 'constant', 'value': 2}, 'primaryLoss': " + LOSS
                        + "}")));
        assertProblem(e, "/scenarios/0/vulnerability", "");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    private static String result(String edit) {
        String json = JSON.fairResult().toJson(RiskJsonFixtures.fairResult());
        return edit.isEmpty() ? json : json.replaceFirst("(?s)" + edit.split("=>", 2)[0], edit.split("=>", 2)[1]);
    }

    @Test
    void aResultReadsBackAndItsSummariesKeepTheirCurves() {
        FairResult r = RiskJsonFixtures.fairResult();
        FairResult read = JSON.fairResult().parse(result(""));
        assertEquals(r, read);
        assertEquals(r.portfolio().exceedanceCurve(), read.portfolio().exceedanceCurve());
        assertEquals(3, read.portfolio().exceedanceCurve().size());
    }

    @Test
    void aResultsYearsAndScenarioListAreChecked() {
        FormatException e = assertThrows(FormatException.class, () -> JSON.fairResult().parse(result(
                "\"years\": 200=>\"years\": 0")));
        assertProblem(e, "/years", "must be at least 1 but was 0");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = assertThrows(FormatException.class, () -> JSON.fairResult().parse(result(
                "\"scenarios\": \\[.*\\]\\s*}\\s*$=>\"scenarios\": []}")));
        assertProblem(e, "/scenarios", "must list at least one scenario's summary");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void aSummarysPointsAndOrderAreCheckedAtTheirPointers() {
        FormatException e = assertThrows(FormatException.class, () -> JSON.fairResult().parse(result(
                "\"probability\": 1.0=>\"probability\": 1.5")));
        assertProblem(e, "/portfolio/exceedanceCurve/0/probability", "1.5");
        assertEquals(1, e.problems().size(), e.getMessage());
        e = assertThrows(FormatException.class, () -> JSON.fairResult().parse(result(
                "\"p99\": [0-9.E]+=>\"p99\": 0.5")));
        assertProblem(e, "/portfolio", "p99");
        assertEquals(1, e.problems().size(), e.getMessage());
    }
}
