// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskFixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoringRequestTest {

    @Test
    void sortsParametersAndKeepsCriteria() {
        ScoringRequest r = ScoringRequest.of(Map.of("z", "1", "a", "2"), RiskFixtures.criteria());
        assertEquals(List.of("a", "z"), List.copyOf(r.parameters().keySet()));
        assertEquals("acme@2", r.criteria().orElseThrow().reference());
        assertEquals(Optional.empty(), ScoringRequest.of(Map.of()).criteria());
    }

    @Test
    void rejectsNullNamesAndValues() {
        Map<String, String> m = new HashMap<>();
        m.put("a", null);
        assertThrows(NullPointerException.class, () -> ScoringRequest.of(m));
        assertThrows(NullPointerException.class, () -> new ScoringRequest(Map.of(), null));
    }
}
