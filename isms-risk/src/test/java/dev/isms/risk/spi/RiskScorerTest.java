// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskEngine;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskScorerTest {

    @Test
    void builtInsHaveDistinctIdsAVersionParametersAndDefaultPriority() {
        RiskEngine engine = RiskEngine.standard();
        assertTrue(engine.methods().containsAll(Set.of("iso27005-matrix", "owasp-rr", "nist-800-30", "cvss-3.1",
                "cvss-4.0", "fair")), engine.methods().toString());
        for (String id : engine.methods()) {
            RiskScorer s = engine.require(id);
            assertEquals(id, s.id());
            assertTrue(!s.version().isBlank() && !s.parameterNames().isEmpty(), id);
            assertEquals(0, s.priority(), id);
        }
    }
}
