// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.cvss.Cvss31;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Cvss31ScorerTest {
    private final RiskEngine engine = RiskEngine.standard();

    @Test
    void cvss31GivesFirstsBaseScoreAndSeverity() {
        RiskScore s = engine.score(Cvss31Scorer.ID, ScoringRequest.of(Map.of("vector",
                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")));
        assertEquals(9.8, s.value());
        assertEquals("CRITICAL", s.level());
        assertEquals("1", s.methodVersion());
        assertTrue(engine.verify(s));
    }

    @Test
    void rejectsOtherVersionsMalformedVectorsAndUnknownParameters() {
        assertEquals("cvss-4.0: parameter 'vector' must be a 4.0 vector but was"
                + " 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'", assertThrows(RiskModelException.class,
                        () -> engine.score(Cvss40Scorer.ID, ScoringRequest.of(Map.of("vector",
                                "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")))).getMessage());
        assertTrue(assertThrows(RiskModelException.class, () -> engine.score(Cvss31Scorer.ID,
                ScoringRequest.of(Map.of("vector", "CVSS:3.1/AV:Q")))).getMessage().contains("AV"));
        assertThrows(RiskModelException.class, () -> engine.score(Cvss31Scorer.ID, ScoringRequest.of(Map.of())));
        assertThrows(RiskModelException.class, () -> engine.score(Cvss31Scorer.ID, ScoringRequest.of(Map.of(
                "vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "extra", "1"))));
    }

    @Test
    void fullScoreAppliesTemporalAndEnvironmentalMetrics() {
        String vector = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U";
        RiskScore base = engine.score(Cvss31Scorer.ID, ScoringRequest.of(Map.of("vector", vector)));
        RiskScore full = engine.score(Cvss31Scorer.ID, ScoringRequest.of(Map.of("vector", vector, "score", "full")));
        assertEquals(9.8, base.value());
        assertEquals(Cvss31.parse(vector).environmentalScore(), full.value());
        assertTrue(full.value() < base.value(), full.toString());
        assertTrue(full.explanation().contains("environmental score"), full.explanation());
        assertThrows(RiskModelException.class, () -> engine.score(Cvss31Scorer.ID, ScoringRequest.of(Map.of(
                "vector", vector, "score", "temporal"))));
    }
}
