// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Nist80030ScorerTest {
    private final Nist80030Scorer scorer = new Nist80030Scorer();

    private RiskScore score(Map<String, String> parameters) {
        return scorer.score(ScoringRequest.of(parameters));
    }

    @Test
    void identifiesItself() {
        assertEquals("nist-800-30", scorer.id());
        assertEquals("1", scorer.version());
        assertEquals(Set.of("initiation", "occurrence", "adverse-impact-likelihood", "impact"),
                scorer.parameterNames());
    }

    @Test
    void scoresAnAdversarialThreatEventThroughTablesG5AndI2() {
        Map<String, String> p = Map.of("initiation", "High", "adverse-impact-likelihood", "Moderate",
                "impact", "Very High");
        RiskScore s = score(p);
        assertEquals("High", s.level());
        assertEquals(3, s.rank());
        assertEquals(80.0, s.value());
        assertEquals(p, s.parameters());
        assertEquals(Optional.empty(), s.criteria());
        assertEquals("initiation High, adverse impact likelihood Moderate -> overall likelihood Moderate"
                + " (Table G-5); impact Very High -> level of risk High (Table I-2), 80-95 semi-quantitative"
                + " (Table I-3)", s.explanation());
    }

    @Test
    void scoresANonAdversarialThreatEventFromSemiQuantitativeValues() {
        // occurrence 97 = Very High, adverse impact 4 = Very Low -> Low (G-5); impact 50 = Moderate -> Low (I-2)
        RiskScore s = score(Map.of("occurrence", "97", "adverse-impact-likelihood", "4", "impact", "50"));
        assertEquals("Low", s.level());
        assertEquals(1, s.rank());
        assertEquals(20.0, s.value());
        assertTrue(s.explanation().startsWith("occurrence Very High,"), s.explanation());
    }

    @Test
    void agreesWithTheTypedApiForEveryCombination() {
        for (Nist80030.Level i : Nist80030.Level.values()) {
            for (Nist80030.Level a : Nist80030.Level.values()) {
                for (Nist80030.Level m : Nist80030.Level.values()) {
                    RiskScore s = score(Map.of("initiation", i.name(), "adverse-impact-likelihood", a.toString(),
                            "impact", Integer.toString(m.max())));
                    Nist80030.Level risk = Nist80030.risk(i, a, m);
                    assertEquals(risk.toString(), s.level());
                    assertEquals(risk.ordinal(), s.rank());
                    assertEquals(risk.representativeValue(), s.value());
                }
            }
        }
    }

    @Test
    void rejectsBothInitiationAndOccurrence() {
        assertMessage("nist-800-30: exactly one of parameters 'initiation' (adversarial) and 'occurrence'"
                + " (non-adversarial) must be given but both were", Map.of("initiation", "Low", "occurrence", "Low",
                "adverse-impact-likelihood", "Low", "impact", "Low"));
    }

    @Test
    void rejectsNeitherInitiationNorOccurrence() {
        assertMessage("nist-800-30: exactly one of parameters 'initiation' (adversarial) and 'occurrence'"
                + " (non-adversarial) must be given but neither was", Map.of("adverse-impact-likelihood", "Low",
                "impact", "Low"));
    }

    @Test
    void rejectsAMissingImpact() {
        assertMessage("nist-800-30: missing mandatory parameter 'impact'", Map.of("initiation", "Low",
                "adverse-impact-likelihood", "Low"));
    }

    @Test
    void rejectsAnUnknownLevelName() {
        assertMessage("nist-800-30: parameter 'impact' must be a level name [Very Low, Low, Moderate, High,"
                + " Very High] or an integer 0..100 but was 'Medium'", Map.of("initiation", "Low",
                "adverse-impact-likelihood", "Low", "impact", "Medium"));
    }

    @Test
    void rejectsASemiQuantitativeValueAboveHundred() {
        assertMessage("nist-800-30: parameter 'adverse-impact-likelihood' must be a level name [Very Low, Low,"
                + " Moderate, High, Very High] or an integer 0..100 but was '101'", Map.of("initiation", "Low",
                "adverse-impact-likelihood", "101", "impact", "Low"));
    }

    @Test
    void rejectsAnUnknownParameter() {
        RiskModelException e = assertThrows(RiskModelException.class, () -> score(Map.of("likelihood", "Low")));
        assertEquals("nist-800-30: unknown parameter 'likelihood'; known parameters are [adverse-impact-likelihood,"
                + " impact, initiation, occurrence]", e.getMessage());
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertTrue(ServiceLoader.load(RiskScorer.class).stream().anyMatch(p -> p.type() == Nist80030Scorer.class));
    }

    private void assertMessage(String message, Map<String, String> parameters) {
        RiskModelException e = assertThrows(RiskModelException.class, () -> score(parameters));
        assertEquals(message, e.getMessage());
    }
}
