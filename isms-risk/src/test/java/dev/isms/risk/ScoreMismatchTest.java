// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreMismatchTest {
    private static RiskScore score(double value, String level, String why, Map<String, String> parameters) {
        return new RiskScore("m", "1", parameters, Optional.empty(), value, level, 0, why);
    }

    private final RiskScore stored = score(2, "Low", "why", Map.of("x", "1"));

    @Test
    void anEqualRecomputationIsNoMismatch() {
        assertEquals(Optional.empty(), ScoreMismatch.compare(stored, score(2, "Low", "why", Map.of("x", "1"))));
    }

    @Test
    void namesWhatDiffersFirstValueThenLevelThenExplanationThenRecord() {
        assertEquals(ScoreMismatch.Reason.VALUE_DIFFERS, ScoreMismatch.compare(stored,
                score(3, "High", "other", Map.of())).orElseThrow().reason());
        ScoreMismatch level = ScoreMismatch.compare(stored, score(2, "High", "why", Map.of("x", "1"))).orElseThrow();
        assertEquals(ScoreMismatch.Reason.LEVEL_DIFFERS, level.reason());
        assertEquals("level 'Low' (rank 0) became 'High' (rank 0)", level.detail());
        assertEquals(ScoreMismatch.Reason.EXPLANATION_DIFFERS, ScoreMismatch.compare(stored,
                score(2, "Low", "other", Map.of("x", "1"))).orElseThrow().reason());
        ScoreMismatch record = ScoreMismatch.compare(stored, score(2, "Low", "why", Map.of("x", "2"))).orElseThrow();
        assertEquals(ScoreMismatch.Reason.RECORD_DIFFERS, record.reason());
        assertEquals(Optional.of(score(2, "Low", "why", Map.of("x", "2"))), record.recomputed());
    }

    @Test
    void rejectsABlankDetail() {
        assertThrows(IllegalArgumentException.class, () -> new ScoreMismatch(ScoreMismatch.Reason.METHOD_UNKNOWN,
                stored, Optional.empty(), " "));
        assertThrows(NullPointerException.class, () -> new ScoreMismatch(null, stored, Optional.empty(), "d"));
    }
}
