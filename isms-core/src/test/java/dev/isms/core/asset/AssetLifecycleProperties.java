// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

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

/** No sequence of moves reaches an invalid lifecycle: refused moves change nothing, accepted ones keep the rules. */
class AssetLifecycleProperties {

    /** A move to a state after some days (negative: back in time). */
    record Move(AssetState state, int days) {
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Combinators.combine(Arbitraries.of(AssetState.class), Arbitraries.integers().between(-3, 40))
                .as(Move::new).list().ofMaxSize(25);
    }

    @Property(tries = 500)
    void everyReachableLifecycleFollowsTheRules(@ForAll("moves") List<Move> moves) {
        AssetLifecycle l = AssetLifecycle.untracked();
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (Move m : moves) {
            LocalDate next = day.plusDays(m.days());
            boolean allowed = l.state().map(s -> s.canMoveTo(m.state())).orElse(m.state().isStart())
                    && (l.since().isEmpty() || !next.isBefore(l.since().get()));
            try {
                AssetLifecycle after = l.moveTo(m.state(), next);
                assertTrue(allowed, "accepted " + m + " from " + l.state());
                assertEquals(l.history().size() + 1, after.history().size());
                l = after;
                day = next;
            } catch (IllegalStateException e) {
                assertTrue(!allowed, "refused " + m + " from " + l.state() + ": " + e.getMessage());
            }
            assertEquals(l, new AssetLifecycle(l.history()));
        }
    }
}
