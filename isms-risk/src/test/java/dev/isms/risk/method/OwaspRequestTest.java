// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskScore;
import org.junit.jupiter.api.Test;

class OwaspRequestTest {

    @Test
    void writesOneParameterPerFactor() {
        OwaspRequest r = OwaspRequest.of(OwaspRiskRatingTest.example());
        assertEquals(OwaspScorer.ID, r.methodId());
        assertEquals(16, r.toScoringRequest().parameters().size());
        assertEquals("5", r.toScoringRequest().parameters().get("SL"));
        assertEquals("5", r.toScoringRequest().parameters().get("PV"));
        OwaspRiskRating technicalOnly = OwaspRiskRating.of(r.rating().likelihoodFactors(),
                r.rating().technicalImpact());
        assertEquals(12, OwaspRequest.of(technicalOnly).toScoringRequest().parameters().size());
    }

    @Test
    void scoresTheRatingsSeverity() {
        OwaspRiskRating rating = OwaspRiskRatingTest.example();
        RiskScore s = RiskEngine.standard().score(OwaspRequest.of(rating));
        assertEquals(rating.severity().name(), s.level());
        assertThrows(NullPointerException.class, () -> OwaspRequest.of(null));
    }
}
