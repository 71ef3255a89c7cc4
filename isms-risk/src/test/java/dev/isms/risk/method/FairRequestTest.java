// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskScore;
import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairSimulation;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LogNormal;
import dev.isms.risk.fair.PertVariant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FairRequestTest {
    private static final FairScenario OUTAGE = FairScenario.of("outage", Distribution.pert(1, 3, 8),
            FairVulnerability.direct(Distribution.pert(0.3, 0.6, 0.9)), Distribution.pert(5_000, 20_000, 90_000))
            .withSecondaryLoss(Distribution.constant(0.25), Distribution.pert(1_000, 2_500, 10_000));
    private static final FairScenario RANSOMWARE = FairScenario.of("ransomware", Distribution.pert(0.5, 1.5, 4),
            FairVulnerability.direct(Distribution.pert(0.05, 0.15, 0.4)), Distribution.logNormal90(40_000, 900_000));

    @Test
    void writesTheScenarioAsTheFairScorersParameters() {
        Map<String, String> p = FairRequest.of(OUTAGE, 7).withYears(2_000).withAppetite(250_000).toScoringRequest()
                .parameters();
        assertEquals(Map.of("tef", "1,3,8", "vulnerability", "0.3,0.6,0.9", "loss", "5000,20000,90000",
                "secondary.probability", "0.25,0.25,0.25", "secondary.loss", "1000,2500,10000", "years", "2000",
                "seed", "7", "appetite", "250000"), p);
        assertEquals(FairScorer.ID, FairRequest.of(OUTAGE, 7).methodId());
        assertEquals(FairSimulation.DEFAULT_YEARS, FairRequest.of(OUTAGE, 7).years());
    }

    @Test
    void scoresExactlyWhatASimulationOfTheScenarioGives() {
        RiskScore s = RiskEngine.standard().score(FairRequest.of(OUTAGE, 7).withYears(2_000));
        assertEquals(FairSimulation.builder().scenario(OUTAGE).years(2_000).build().run(7).scenario(0).mean(),
                s.value());
        assertTrue(RiskEngine.standard().verify(s));
    }

    @Test
    void writesALognormalLossAsItsNinetyPercentInterval() {
        String[] interval = FairRequest.of(RANSOMWARE, 7).toScoringRequest().parameters().get("loss.lognormal90")
                .split(",");
        LogNormal back = Distribution.logNormal90(Double.parseDouble(interval[0]), Double.parseDouble(interval[1]));
        LogNormal original = (LogNormal) RANSOMWARE.primaryLoss();
        assertEquals(original.mu(), back.mu(), 1e-12 * Math.abs(original.mu()));
        assertEquals(original.sigma(), back.sigma(), 1e-12 * original.sigma());
    }

    @Test
    void rejectsEstimatesTheFairScorerCannotRead() {
        FairScenario contest = FairScenario.of("c", Distribution.pert(1, 2, 3), FairVulnerability.contest(
                Distribution.pert(0, 50, 100), Distribution.pert(0, 40, 100)), Distribution.pert(1, 2, 3));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FairRequest.of(contest, 1)).getMessage()
                .startsWith("FAIR request vulnerability must be a direct estimate"));
        FairScenario modified = FairScenario.of("m", BetaPert.of(1, 2, 3).withVariant(PertVariant.MOMENT_MATCHED),
                FairVulnerability.direct(Distribution.pert(0, 0.5, 1)), Distribution.pert(1, 2, 3));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FairRequest.of(modified, 1)).getMessage()
                .startsWith("FAIR request threatEventFrequency must be a classic beta-PERT (lambda 4) or a constant"));
        FairScenario lognormalTef = FairScenario.of("l", Distribution.logNormal90(1, 3),
                FairVulnerability.direct(Distribution.pert(0, 0.5, 1)), Distribution.pert(1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> FairRequest.of(lognormalTef, 1));
    }

    @Test
    void rejectsYearsAndAppetiteOutOfRange() {
        assertEquals("FAIR request years must be 1..1000000 but was 0", assertThrows(IllegalArgumentException.class,
                () -> FairRequest.of(OUTAGE, 1).withYears(0)).getMessage());
        // a request the scorer would refuse is refused at construction: both share the simulation's limit
        assertEquals(FairSimulation.MAX_YEARS, FairRequest.of(OUTAGE, 1).withYears(FairRequest.MAX_YEARS).years());
        assertEquals("FAIR request years must be 1..1000000 but was 1000001", assertThrows(
                IllegalArgumentException.class, () -> FairRequest.of(OUTAGE, 1).withYears(1_000_001)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FairRequest.of(OUTAGE, 1).withAppetite(-1));
        assertThrows(IllegalArgumentException.class, () -> FairRequest.of(OUTAGE, 1).withAppetite(Double.NaN));
        assertThrows(NullPointerException.class, () -> FairRequest.of(null, 1));
        assertThrows(NullPointerException.class, () -> FairRequest.of(OUTAGE, 1).withCriteria(null));
    }
}
