// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskScoreTest {

    @Test
    void sortsAndFreezesParameters() {
        RiskScore s = new RiskScore("m", "1", Map.of("b", "2", "a", "1"), Optional.empty(), 1.5, "LOW", 0, "why");
        assertEquals(List.of("a", "b"), List.copyOf(s.parameters().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> s.parameters().put("c", "3"));
    }

    @Test
    void rejectsInvalidParts() {
        assertEquals("score value must be finite but was NaN", assertThrows(IllegalArgumentException.class,
                () -> new RiskScore("m", "1", Map.of(), Optional.empty(), Double.NaN, "L", 0, "w")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RiskScore("m", "1", Map.of(), Optional.empty(), 1, "L", -1, "w"));
        assertThrows(IllegalArgumentException.class,
                () -> new RiskScore(" ", "1", Map.of(), Optional.empty(), 1, "L", 0, "w"));
        assertThrows(IllegalArgumentException.class,
                () -> new RiskScore("m", "1", Map.of(), Optional.empty(), 1, "L", 0, ""));
        assertThrows(NullPointerException.class,
                () -> new RiskScore("m", "1", null, Optional.empty(), 1, "L", 0, "w"));
    }

    @Test
    void builderTakesPlainValues() {
        RiskScore s = RiskScore.builder("m", "2").parameters(Map.of("x", "1")).criteria("acme@3").value(12)
                .level("High", 2).explanation("4 x 3").build();
        assertEquals(new RiskScore("m", "2", Map.of("x", "1"), Optional.of("acme@3"), 12, "High", 2, "4 x 3"), s);
        assertEquals(Optional.empty(), RiskScore.builder("m", "1").level("L", 0).explanation("w").build().criteria());
        assertThrows(IllegalArgumentException.class, () -> RiskScore.builder("m", "1").criteria(" "));
        assertEquals("level", assertThrows(NullPointerException.class, () -> RiskScore.builder("m", "1")
                .explanation("w").build()).getMessage());
    }

    @Test
    void rejectsParametersThatNoJsonWriterCouldKeep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RiskScore("m", "1",
                Map.of("like\udc00", "4"), Optional.empty(), 1, "L", 0, "w"));
        assertEquals("score parameter 'like\\udc00' must be well-formed Unicode but has a lone surrogate at index 4"
                + " of its name", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new RiskScore("m", "1", Map.of("a", "\ud800"),
                Optional.empty(), 1, "L", 0, "w"));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().endsWith("of its value"), e.getMessage());
    }
}
