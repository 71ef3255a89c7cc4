// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskScore;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.cvss.Cvss31;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CvssRequestTest {
    private static final Cvss V31 = Cvss.parse("CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H/CR:L/IR:L/AR:L");
    private static final Cvss V40 = Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:L/VA:N/SC:N/SI:N/SA:N/E:U");

    @Test
    void choosesTheScorerByTheVectorsVersionAndWritesTheCanonicalVector() {
        assertEquals(Cvss31Scorer.ID, CvssRequest.of(V31).methodId());
        assertEquals(Cvss40Scorer.ID, CvssRequest.of(V40).methodId());
        assertEquals(ScoringRequest.of(Map.of("vector", V31.vector())), CvssRequest.of(V31).toScoringRequest());
        assertEquals(ScoringRequest.of(Map.of("vector", V40.vector(), "score", "full")),
                CvssRequest.full(V40).toScoringRequest());
    }

    @Test
    void scoresTheBaseOrTheFullScore() {
        RiskEngine engine = RiskEngine.standard();
        RiskScore base = engine.score(CvssRequest.of(V31));
        assertEquals(9.8, base.value());
        RiskScore full = engine.score(CvssRequest.full(V31));
        assertEquals(((Cvss31) V31).environmentalScore(), full.value());
        assertEquals(CvssRequest.Score.FULL, CvssRequest.full(V31).score());
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> CvssRequest.of(null));
        assertThrows(NullPointerException.class, () -> new CvssRequest(V31, null));
    }
}
