// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.criteria.ScaleLevel;
import dev.isms.risk.spi.ScoringRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FairScorerTest {
    private final RiskEngine engine = RiskEngine.standard();

    private static Map<String, String> ransomware() {
        Map<String, String> m = new HashMap<>();
        m.put("tef", "0.5,1.5,4");
        m.put("vulnerability", "0.05,0.15,0.4");
        m.put("loss.lognormal90", "40000,900000");
        m.put("years", "2000");
        m.put("seed", "7");
        return m;
    }

    @Test
    void scoresTheMeanAnnualLossReproducibly() {
        RiskScore s = engine.score(FairScorer.ID, ScoringRequest.of(ransomware()));
        assertEquals("QUANTITATIVE", s.level());
        assertTrue(s.value() > 10_000 && s.value() < 500_000, s.toString());
        assertEquals(s, engine.score(FairScorer.ID, ScoringRequest.of(ransomware())));
        assertTrue(engine.verify(s));
        assertTrue(s.explanation().startsWith("Open FAIR, 2000 simulated years: mean annual loss"), s.explanation());
    }

    @Test
    void comparesTheP90WithTheAppetite() {
        Map<String, String> m = ransomware();
        m.put("appetite", "1");
        assertEquals("EXCEEDS_APPETITE", engine.score(FairScorer.ID, ScoringRequest.of(m)).level());
        m.put("appetite", "1e12");
        assertEquals("WITHIN_APPETITE", engine.score(FairScorer.ID, ScoringRequest.of(m)).level());
    }

    @Test
    void mapsTheMeanOntoAMonetaryConsequenceScale() {
        Scale money = new Scale("consequence (EUR/year)", List.of(ScaleLevel.of(1, "Minor", 0, 10_000),
                ScaleLevel.of(2, "Major", 10_000, 1_000_000), ScaleLevel.of(3, "Severe", 1_000_000,
                        Double.POSITIVE_INFINITY)));
        RiskCriteria c = RiskCriteria.builder("eur", 1).likelihood(Scale.of("likelihood", "Low", "High"))
                .consequence(money, RiskMatrix.ofProduct(2, 3, List.of(new RiskBand("Low", 1, 2),
                        new RiskBand("High", 3, 6)))).build();
        RiskScore s = engine.score(FairScorer.ID, ScoringRequest.of(ransomware(), c));
        assertEquals("Major", s.level());
        assertEquals(1, s.rank());
        assertEquals(Optional.of("eur@1"), s.criteria());
    }

    @Test
    void rejectsMalformedOrContradictoryParameters() {
        Map<String, String> both = ransomware();
        both.put("loss", "1,2,3");
        assertEquals("fair: give exactly one of the parameters 'loss' and 'loss.lognormal90'",
                assertThrows(RiskModelException.class, () -> engine.score(FairScorer.ID, ScoringRequest.of(both)))
                        .getMessage());
        Map<String, String> bad = ransomware();
        bad.put("tef", "5,3,1");
        RiskModelException e = assertThrows(RiskModelException.class,
                () -> engine.score(FairScorer.ID, ScoringRequest.of(bad)));
        assertTrue(e.getMessage().startsWith("fair: parameter 'tef' must be"), e.getMessage());
        Map<String, String> noSeed = ransomware();
        noSeed.remove("seed");
        assertEquals("fair: missing mandatory parameter 'seed'", assertThrows(RiskModelException.class,
                () -> engine.score(FairScorer.ID, ScoringRequest.of(noSeed))).getMessage());
        Map<String, String> halfSecondary = ransomware();
        halfSecondary.put("secondary.probability", "0.1,0.2,0.3");
        assertThrows(RiskModelException.class, () -> engine.score(FairScorer.ID, ScoringRequest.of(halfSecondary)));
    }

    @Test
    void namesTheParameterWhoseDistributionIsOutOfRange() {
        Map<String, String> vulnerability = ransomware();
        vulnerability.put("vulnerability", "0.5,0.8,1.5");
        RiskModelException v = assertThrows(RiskModelException.class,
                () -> engine.score(FairScorer.ID, ScoringRequest.of(vulnerability)));
        assertTrue(v.getMessage().startsWith("fair: parameter 'vulnerability' must be a PERT 'min,mode,max' within"
                + " 0..1 but was '0.5,0.8,1.5'"), v.getMessage());
        Map<String, String> negative = ransomware();
        negative.put("tef", "-1,0,1");
        RiskModelException t = assertThrows(RiskModelException.class,
                () -> engine.score(FairScorer.ID, ScoringRequest.of(negative)));
        assertTrue(t.getMessage().startsWith("fair: ") && t.getMessage().contains("threatEventFrequency"),
                t.getMessage());
        Map<String, String> secondary = ransomware();
        secondary.put("secondary.probability", "0.5,0.9,1.2");
        secondary.put("secondary.loss", "1,2,3");
        assertThrows(RiskModelException.class, () -> engine.score(FairScorer.ID, ScoringRequest.of(secondary)));
    }
}
