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
        assertEquals("fair: parameter 'vulnerability' must be a PERT 'min,mode,max' (three plain decimal numbers such"
                + " as 0.5,2,1e3) within 0..1 but was '0.5,0.8,1.5': support leaves [0, 1]", v.getMessage());
        Map<String, String> negative = ransomware();
        negative.put("tef", "-1,0,1");
        RiskModelException t = assertThrows(RiskModelException.class,
                () -> engine.score(FairScorer.ID, ScoringRequest.of(negative)));
        assertEquals("fair: parameter 'tef' must be a PERT 'min,mode,max' (three plain decimal numbers such as"
                + " 0.5,2,1e3) of events per year, at least 0 but was '-1,0,1': negative lower bound -1.0",
                t.getMessage());
        Map<String, String> secondary = ransomware();
        secondary.put("secondary.probability", "0.5,0.9,1.2");
        secondary.put("secondary.loss", "1,2,3");
        assertThrows(RiskModelException.class, () -> engine.score(FairScorer.ID, ScoringRequest.of(secondary)));
    }

    private String rejected(Map<String, String> parameters) {
        return assertThrows(RiskModelException.class, () -> engine.score(FairScorer.ID,
                ScoringRequest.of(parameters))).getMessage();
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> m = ransomware();
        m.put(name, value);
        return m;
    }

    @Test
    void refusesLossesThatWouldOverflowNamingTheParameters() {
        Map<String, String> wide = with("vulnerability", "0,0,0");
        wide.put("loss.lognormal90", "1,1e200");
        assertTrue(rejected(wide).startsWith("fair: loss.lognormal90 must have a finite largest simulated value"
                + " exp(μ + 14σ) but it overflows for μ = 230.2585"), rejected(wide));
        Map<String, String> huge = with("loss", "1e308,1e308,1e308");
        huge.remove("loss.lognormal90");
        assertEquals("fair: the largest loss of an event, loss + secondary.probability × secondary.loss = 1.0E308 +"
                + " 0.0 × 0.0 = 1.0E308 must be at most 1.0E100", rejected(huge));
        assertEquals("fair: the largest mean number of loss events a year, tef × vulnerability = 1.0E300 × 0.4 ="
                + " 4.0E299 must be at most 1.0E100", rejected(with("tef", "1e300,1e300,1e300")));
        assertTrue(rejected(with("tef", "-1e308,0,1e308")).contains("PERT range max - min must be finite"));
    }

    @Test
    void acceptsPlainAsciiNumbersOnly() {
        assertEquals("fair: parameter 'years' must be an integer 1..1000000 but was ' +3 '",
                rejected(with("years", " +3 ")));
        assertEquals("fair: parameter 'years' must be an integer 1..1000000 but was '３'",
                rejected(with("years", "３")));
        assertEquals("fair: parameter 'years' must be an integer 1..1000000 but was '٩٩'",
                rejected(with("years", "٩٩")));
        assertEquals("fair: parameter 'years' must be 1..1000000 but was 10000000", rejected(with("years",
                "10000000")));
        assertEquals("fair: parameter 'seed' must be an integer (ASCII digits, optionally after '-') but was '+7'",
                rejected(with("seed", "+7")));
        assertTrue(rejected(with("tef", "0.5,1.5,4d")).startsWith("fair: parameter 'tef' must be a PERT"));
        assertTrue(rejected(with("tef", "0x1p-1,1.5,4")).endsWith("but was '0x1p-1,1.5,4': not a decimal number"
                + " (ASCII: optional '-', digits, optional '.' and digits, optional exponent such as e6)"));
        assertEquals("fair: parameter 'appetite' must be a decimal number 0.0..1.7976931348623157E308 but was '6f'",
                rejected(with("appetite", "6f")));
        assertEquals(engine.score(FairScorer.ID, ScoringRequest.of(ransomware())).value(),
                engine.score(FairScorer.ID, ScoringRequest.of(with("tef", "0.5, 1.5, 4"))).value());
    }

    @Test
    void mapsAMeanBelowTheFirstRangeToTheFirstLevel() {
        Scale money = new Scale("consequence (EUR/year)", List.of(ScaleLevel.of(1, "Moderate", 1_000, 1e4),
                ScaleLevel.of(2, "Severe", 1e4, 1e6)));
        RiskCriteria c = RiskCriteria.builder("eur", 1).likelihood(Scale.of("likelihood", "Low", "High"))
                .consequence(money, RiskMatrix.ofProduct(2, 2, List.of(new RiskBand("Low", 1, 2),
                        new RiskBand("High", 3, 4)))).build();
        Map<String, String> small = with("loss", "50,100,150");
        small.remove("loss.lognormal90");
        small.put("tef", "1,1,1");
        small.put("vulnerability", "1,1,1");
        RiskScore s = engine.score(FairScorer.ID, ScoringRequest.of(small, c));
        assertEquals(100, s.value(), 5);
        assertEquals("Moderate", s.level());
        assertEquals(0, s.rank());
        Map<String, String> large = with("tef", "1000,1000,1000");
        large.put("vulnerability", "1,1,1");
        assertEquals("Severe", engine.score(FairScorer.ID, ScoringRequest.of(large, c)).level());
    }
}
