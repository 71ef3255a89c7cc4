// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionStepTest {
    private static final LocalDate D = LocalDate.of(2026, 5, 20);

    @Test
    void eachStepMovesTheStateAsDocumented() {
        assertEquals(ActionState.OPEN, new ActionStep.Corrected(D, "fixed").next(ActionState.OPEN));
        assertEquals(ActionState.ANALYSED, new ActionStep.Corrected(D, "fixed").next(ActionState.ANALYSED));
        assertEquals(ActionState.ANALYSED, new ActionStep.CauseAnalysed(D, "cause", "action").next(ActionState.OPEN));
        assertEquals(ActionState.IMPLEMENTED, new ActionStep.Implemented(D).next(ActionState.ANALYSED));
        assertEquals(ActionState.CLOSED, new ActionStep.EffectivenessReviewed(D, true, "ok")
                .next(ActionState.IMPLEMENTED));
        assertEquals(ActionState.OPEN, new ActionStep.EffectivenessReviewed(D, false, "recurred")
                .next(ActionState.IMPLEMENTED));
    }

    @Test
    void refusesStepsInOtherStatesNamingBoth() {
        assertEquals("implementing is not allowed in state open (allowed in analysed)", assertThrows(
                IllegalStateException.class, () -> new ActionStep.Implemented(D).next(ActionState.OPEN)).getMessage());
        assertEquals("a correction is not allowed in state closed (allowed in open, analysed)", assertThrows(
                IllegalStateException.class, () -> new ActionStep.Corrected(D, "x").next(ActionState.CLOSED))
                .getMessage());
        assertEquals("raising is only allowed as the first step, not in state open", assertThrows(
                IllegalStateException.class, () -> new ActionStep.Raised(D).next(ActionState.OPEN)).getMessage());
        assertThrows(IllegalStateException.class, () -> new ActionStep.CauseAnalysed(D, "c", "a")
                .next(ActionState.IMPLEMENTED));
        assertThrows(IllegalStateException.class, () -> new ActionStep.EffectivenessReviewed(D, true, "n")
                .next(ActionState.ANALYSED));
    }

    @Test
    void rejectsBlankTexts() {
        assertEquals("cause analysis rootCause must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> new ActionStep.CauseAnalysed(D, "", "a")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ActionStep.Corrected(D, " "));
        assertThrows(IllegalArgumentException.class, () -> new ActionStep.EffectivenessReviewed(D, true, ""));
    }
}
