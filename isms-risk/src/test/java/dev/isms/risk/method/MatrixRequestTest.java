// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static dev.isms.risk.RiskFixtures.A;
import static dev.isms.risk.RiskFixtures.C;
import static dev.isms.risk.RiskFixtures.LEGAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskScore;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.spi.ScoringRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixRequestTest {
    private final RiskCriteria criteria = RiskFixtures.criteria();

    @Test
    void writesTheParametersTheMatrixScorerReads() {
        MatrixRequest r = MatrixRequest.of(criteria, 4, Map.of(C, 5, LEGAL, 2));
        assertEquals(MatrixScorer.ID, r.methodId());
        assertEquals(ScoringRequest.of(Map.of("likelihood", "4", "consequence.confidentiality", "5",
                "consequence.legal", "2"), criteria), r.toScoringRequest());
        assertEquals(List.of(C, LEGAL), List.copyOf(r.consequences().keySet()));
    }

    @Test
    void scoresAScenarioLikeTheTextRequest() {
        RiskScore typed = RiskEngine.standard().score(MatrixRequest.from(criteria, RiskFixtures.ransomware()));
        RiskScore text = RiskEngine.standard().score(MatrixScorer.ID, ScoringRequest.of(Map.of("likelihood", "4",
                "consequence.availability", "5", "consequence.confidentiality", "3"), criteria));
        assertEquals(text, typed);
        assertEquals("Critical", typed.level());
    }

    @Test
    void rejectsLevelsOutsideTheCriteriasScales() {
        assertEquals("matrix request likelihood must be 1..5 but was 6", assertThrows(IllegalArgumentException.class,
                () -> MatrixRequest.of(criteria, 6, Map.of(A, 1))).getMessage());
        assertEquals("matrix request consequence for legal must be 1..3 but was 4", assertThrows(
                IllegalArgumentException.class, () -> MatrixRequest.of(criteria, 1, Map.of(LEGAL, 4))).getMessage());
        assertEquals("matrix request must have a consequence in at least one category", assertThrows(
                IllegalArgumentException.class, () -> MatrixRequest.of(criteria, 1, Map.of())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MatrixRequest.of(criteria, 1, Map.of(A, 0)));
        assertThrows(NullPointerException.class, () -> MatrixRequest.of(null, 1, Map.of(A, 1)));
    }
}
