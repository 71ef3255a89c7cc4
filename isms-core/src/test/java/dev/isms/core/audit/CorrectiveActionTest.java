// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorrectiveActionTest {
    private static final LocalDate D = FindingTest.D;
    private static final LocalDate DUE = D.plusMonths(2);

    static CorrectiveAction raised() {
        return CorrectiveAction.raise("CA-1", FindingTest.minor(), "CISO", DUE);
    }

    @Test
    void walksFromOpenToClosedKeepingCorrectionApartFromCorrectiveAction() {
        CorrectiveAction ca = raised().correct(D.plusDays(1), "Programme updated for 2026")
                .analyse(D.plusDays(5), "No owner for programme upkeep", "Make the ISMS manager owner; add to calendar")
                .implement(D.plusDays(20)).review(D.plusMonths(4), true, "Programme current at next review");
        assertEquals(ActionState.CLOSED, ca.state());
        assertEquals(List.of("Programme updated for 2026"), ca.corrections().stream()
                .map(ActionStep.Corrected::description).toList());
        assertEquals("No owner for programme upkeep", ca.analysis().orElseThrow().rootCause());
        assertEquals(Optional.of(D.plusMonths(4)), ca.closedOn());
        assertEquals(D, ca.raisedOn());
    }

    @Test
    void anIneffectiveReviewReopensTheActionForANewAnalysis() {
        CorrectiveAction reopened = raised().analyse(D, "cause 1", "action 1").implement(D)
                .review(D.plusDays(30), false, "Recurred");
        assertEquals(ActionState.OPEN, reopened.state());
        CorrectiveAction again = reopened.analyse(D.plusDays(31), "cause 2", "action 2");
        assertEquals("cause 2", again.analysis().orElseThrow().rootCause());
        assertEquals(Optional.empty(), again.closedOn());
    }

    @Test
    void refusesStepsOutOfOrderNamingTheActionAndLeavesItUnchanged() {
        CorrectiveAction ca = raised();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ca.implement(D));
        assertEquals("corrective action 'CA-1': implementing is not allowed in state open (allowed in analysed)",
                e.getMessage());
        assertEquals(ActionState.OPEN, ca.state());
        assertThrows(IllegalStateException.class, () -> ca.review(D, true, "x"));
        assertEquals("corrective action 'CA-1' step date must not be before the last step's 2026-05-12 but was"
                + " 2026-05-11", assertThrows(IllegalStateException.class, () -> ca.correct(D.minusDays(1), "x"))
                .getMessage());
    }

    @Test
    void theCanonicalConstructorRejectsAnInvalidHistory() {
        assertEquals("corrective action 'CA-1' steps[1]: implementing is not allowed in state open (allowed in"
                + " analysed)", assertThrows(IllegalArgumentException.class, () -> new CorrectiveAction("CA-1",
                        "F-1", "CISO", DUE, List.of(new ActionStep.Raised(D), new ActionStep.Implemented(D))))
                .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CorrectiveAction("CA-1", "F-1", "CISO", DUE,
                List.of(new ActionStep.Implemented(D)))).getMessage().startsWith(
                        "corrective action 'CA-1' steps must start with a raised step but was"));
        assertEquals("corrective action 'CA-1' due must not be before the day it was raised 2026-05-12 but was"
                + " 2026-05-11", assertThrows(IllegalArgumentException.class, () -> raised().withDue(D.minusDays(1)))
                .getMessage());
    }

    @Test
    void onlyNonconformitiesGetCorrectiveActions() {
        assertEquals("corrective action 'CA-2' finding must be a nonconformity but 'F-2' is observation",
                assertThrows(IllegalArgumentException.class, () -> CorrectiveAction.raise("CA-2",
                        FindingTest.observation(), "CISO", DUE)).getMessage());
    }

    @Test
    void isOverdueWhenNotImplementedByItsDueDay() {
        CorrectiveAction ca = raised();
        assertFalse(ca.isOverdue(DUE));
        assertTrue(ca.isOverdue(DUE.plusDays(1)));
        assertTrue(ca.analyse(D, "c", "a").isOverdue(DUE.plusDays(1)));
        assertFalse(ca.analyse(D, "c", "a").implement(D).isOverdue(DUE.plusDays(1)));
        Clock clock = Clock.fixed(DUE.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertTrue(ca.isOverdue(clock));
        assertFalse(ca.isOverdue(Clock.fixed(DUE.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        assertEquals(DUE.plusMonths(1), ca.withDue(DUE.plusMonths(1)).due());
    }
}
