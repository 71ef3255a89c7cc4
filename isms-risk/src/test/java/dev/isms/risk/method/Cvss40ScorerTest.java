// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.cvss.Cvss40;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Cvss40ScorerTest {
    private final RiskEngine engine = RiskEngine.standard();

    @Test
    void cvss40GivesFirstsBaseScore() {
        RiskScore s = engine.score(Cvss40Scorer.ID, ScoringRequest.of(Map.of("vector",
                "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")));
        assertEquals(9.3, s.value());
        assertEquals("CRITICAL", s.level());
    }

    @Test
    void rejectsThreeOneVectors() {
        assertThrows(RiskModelException.class, () -> engine.score(Cvss40Scorer.ID, ScoringRequest.of(Map.of("vector",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))));
    }

    @Test
    void fullScoreIsTheBteScore() {
        String vector = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U";
        RiskScore full = engine.score(Cvss40Scorer.ID, ScoringRequest.of(Map.of("vector", vector, "score", "FULL")));
        assertEquals(Cvss40.parse(vector).score(), full.value());
        assertEquals(9.3, engine.score(Cvss40Scorer.ID, ScoringRequest.of(Map.of("vector", vector))).value());
        assertEquals(true, full.value() < 9.3);
    }
}
