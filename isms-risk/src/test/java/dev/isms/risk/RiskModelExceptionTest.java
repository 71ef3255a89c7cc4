// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskModelExceptionTest {

    @Test
    void aMessageAboutOneThingHasNoProblems() {
        Throwable cause = new NumberFormatException("x");
        RiskModelException e = new RiskModelException("owasp-rr: parameter 'SL' must be 0..9 but was 'x'", cause);
        assertSame(cause, e.getCause());
        assertEquals("owasp-rr: parameter 'SL' must be 0..9 but was 'x'", e.getMessage());
        assertEquals(List.of(), e.problems());
        assertEquals(List.of(), new RiskModelException("m").problems());
    }

    @Test
    void listsEveryProblemWithItsPath() {
        List<Problem> problems = List.of(new Problem("scenarios[R-7].likelihood", "must be 1..5 but was 7"),
                new Problem("treatments[T-1].scenarioId", "names unknown scenario 'R-9'"));
        RiskModelException e = new RiskModelException("risk register", problems);
        assertEquals(problems, e.problems());
        assertEquals("risk register is invalid (2 problems)\n  scenarios[R-7].likelihood: must be 1..5 but was 7\n"
                + "  treatments[T-1].scenarioId: names unknown scenario 'R-9'", e.getMessage());
    }

    @Test
    void theMessageStaysBoundedWhileProblemsKeepEverything() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            problems.add(new Problem("scenarios[R-" + i + "].likelihood", "must be 1..5 but was 7"));
        }
        RiskModelException e = new RiskModelException("risk register", problems);
        assertEquals(25, e.problems().size());
        assertEquals(22, e.getMessage().lines().count());
        assertTrue(e.getMessage().endsWith("… and 5 more (see problems())"), e.getMessage());
    }

    @Test
    void needsAtLeastOneProblem() {
        assertEquals("problems must not be empty", assertThrows(IllegalArgumentException.class,
                () -> new RiskModelException("risk register", List.of())).getMessage());
    }
}
