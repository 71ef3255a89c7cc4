// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FairResultTest {
    private static final LossSummary SUMMARY = LossSummaryTest.summary(List.of());

    @Test
    void indexesScenarios() {
        FairResult result = new FairResult(List.of(SUMMARY), SUMMARY, 1, 10);
        assertSame(SUMMARY, result.scenario(0));
        assertThrows(IndexOutOfBoundsException.class, () -> result.scenario(1));
    }

    @Test
    void rejectsNoScenario() {
        var e = assertThrows(IllegalArgumentException.class, () -> new FairResult(List.of(), SUMMARY, 1, 10));
        assertEquals("scenarios must be non-empty but was []", e.getMessage());
    }

    @Test
    void rejectsZeroYears() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new FairResult(List.of(SUMMARY), SUMMARY, 1, 0));
        assertEquals("years must be >= 1 but was 0", e.getMessage());
    }
}
