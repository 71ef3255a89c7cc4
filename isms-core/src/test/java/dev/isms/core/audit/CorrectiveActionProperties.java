// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No sequence of operations reaches an invalid corrective action: refused ones change nothing. */
class CorrectiveActionProperties {

    /** An operation: 0 correct, 1 analyse, 2 implement, 3 effective review, 4 ineffective review; after days. */
    record Op(int kind, int days) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(-2, 20))
                .as(Op::new).list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void everyReachableActionIsValidAndClosedOnlyAfterAnEffectiveReview(@ForAll("ops") List<Op> ops) {
        CorrectiveAction ca = CorrectiveActionTest.raised();
        LocalDate day = ca.raisedOn();
        for (Op op : ops) {
            LocalDate d = day.plusDays(op.days());
            ActionState before = ca.state();
            try {
                CorrectiveAction after = apply(ca, op, d);
                assertEquals(ca.steps().size() + 1, after.steps().size());
                ca = after;
                day = d;
            } catch (IllegalStateException refused) {
                assertEquals(before, ca.state());
            }
            assertEquals(ca, new CorrectiveAction(ca.id(), ca.findingId(), ca.owner(), ca.due(), ca.steps()));
            ActionState s = ca.state();
            if (s == ActionState.ANALYSED || s == ActionState.IMPLEMENTED) {
                assertTrue(ca.analysis().isPresent());
            }
            if (s == ActionState.CLOSED) {
                ActionStep last = ca.steps().get(ca.steps().size() - 1);
                assertTrue(last instanceof ActionStep.EffectivenessReviewed
                        && ((ActionStep.EffectivenessReviewed) last).effective());
            }
        }
    }

    private static CorrectiveAction apply(CorrectiveAction ca, Op op, LocalDate d) {
        switch (op.kind()) {
            case 0:
                return ca.correct(d, "fixed the instance");
            case 1:
                return ca.analyse(d, "root cause", "corrective action");
            case 2:
                return ca.implement(d);
            case 3:
                return ca.review(d, true, "effective");
            default:
                return ca.review(d, false, "not effective");
        }
    }
}
