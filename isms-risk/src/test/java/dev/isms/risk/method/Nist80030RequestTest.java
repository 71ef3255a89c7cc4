// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.method.Nist80030.Level;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Nist80030RequestTest {

    @Test
    void writesInitiationOrOccurrenceInThePublishedWording() {
        assertEquals(ScoringRequest.of(Map.of("initiation", "Moderate", "adverse-impact-likelihood", "High",
                "impact", "Very High")), Nist80030Request.adversarial(Level.MODERATE, Level.HIGH, Level.VERY_HIGH)
                        .toScoringRequest());
        assertEquals(ScoringRequest.of(Map.of("occurrence", "Very Low", "adverse-impact-likelihood", "Low",
                "impact", "Low")), Nist80030Request.nonAdversarial(Level.VERY_LOW, Level.LOW, Level.LOW)
                        .toScoringRequest());
    }

    @Test
    void scoresTheLevelOfRiskOfTheTables() {
        assertEquals("High", RiskEngine.standard().score(Nist80030Request.adversarial(Level.HIGH, Level.MODERATE,
                Level.VERY_HIGH)).level());
        assertEquals(Nist80030Scorer.ID, Nist80030Request.nonAdversarial(Level.LOW, Level.LOW, Level.LOW).methodId());
        assertThrows(NullPointerException.class, () -> Nist80030Request.adversarial(null, Level.LOW, Level.LOW));
    }
}
