// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static dev.isms.core.asset.AssetState.DISPOSED;
import static dev.isms.core.asset.AssetState.IN_MAINTENANCE;
import static dev.isms.core.asset.AssetState.IN_USE;
import static dev.isms.core.asset.AssetState.REQUESTED;
import static dev.isms.core.asset.AssetState.RETURNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetLifecycleTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 5);

    @Test
    void keepsEveryStepAsHistory() {
        AssetLifecycle l = AssetLifecycle.start(REQUESTED, D).moveTo(IN_USE, D.plusDays(3))
                .moveTo(IN_MAINTENANCE, D.plusMonths(6)).moveTo(IN_USE, D.plusMonths(6).plusDays(2))
                .moveTo(RETURNED, D.plusYears(1));
        assertEquals(Optional.of(RETURNED), l.state());
        assertEquals(Optional.of(D.plusYears(1)), l.since());
        assertEquals(5, l.history().size());
        assertEquals(Optional.of(D.plusMonths(6)), l.lastEntered(IN_MAINTENANCE));
        assertEquals(Optional.empty(), l.lastEntered(DISPOSED));
        assertEquals(Optional.of(D), l.lastEntered(REQUESTED));
        assertEquals(Optional.of(D.plusMonths(6).plusDays(2)), l.lastEntered(IN_USE));
    }

    @Test
    void anUntrackedLifecycleHasNoState() {
        assertEquals(Optional.empty(), AssetLifecycle.untracked().state());
        assertEquals(Optional.empty(), AssetLifecycle.untracked().since());
        assertEquals(Optional.of(IN_USE), AssetLifecycle.untracked().moveTo(IN_USE, D).state());
    }

    @Test
    void refusesMovesTheStatesDoNotAllow() {
        AssetLifecycle disposed = AssetLifecycle.start(IN_USE, D).moveTo(DISPOSED, D);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> disposed.moveTo(IN_USE, D));
        assertEquals("asset lifecycle cannot move from disposed to in-use (allowed: none)", e.getMessage());
        assertEquals("asset lifecycle cannot move from requested to returned (allowed: in-use)",
                assertThrows(IllegalStateException.class, () -> AssetLifecycle.start(REQUESTED, D)
                        .moveTo(RETURNED, D)).getMessage());
        assertEquals("asset lifecycle must start requested or in-use but was returned",
                assertThrows(IllegalStateException.class, () -> AssetLifecycle.untracked().moveTo(RETURNED, D))
                        .getMessage());
    }

    @Test
    void refusesToGoBackInTime() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AssetLifecycle.start(IN_USE, D)
                .moveTo(RETURNED, D.minusDays(1)));
        assertEquals("asset lifecycle date must not be before the previous step's 2026-01-05 but was 2026-01-04",
                e.getMessage());
    }

    @Test
    void theCanonicalConstructorRejectsAnInvalidHistoryNamingTheStep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AssetLifecycle(List.of(
                AssetEvent.of(IN_USE, D), AssetEvent.of(DISPOSED, D), AssetEvent.of(IN_USE, D))));
        assertEquals("asset lifecycle history[2] cannot move from disposed to in-use (allowed: none)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AssetLifecycle.start(DISPOSED, D));
    }

    @Test
    void recordsErasureEvidenceOnTheDisposalOnly() {
        Evidence proof = Evidence.of("Erasure certificate", "dms://1", D);
        AssetLifecycle disposed = AssetLifecycle.start(IN_USE, D).moveTo(DISPOSED, D.plusDays(1));
        assertEquals(Optional.empty(), disposed.erasureEvidence());
        assertEquals(Optional.of(proof), disposed.withErasureEvidence(proof).erasureEvidence());
        assertEquals(Optional.empty(), AssetLifecycle.start(IN_USE, D).erasureEvidence());
        AssetLifecycle returnedWithProof = AssetLifecycle.start(IN_USE, D).moveTo(AssetEvent.of(RETURNED,
                D.plusDays(1)).withEvidence(proof));
        assertEquals(Optional.empty(), returnedWithProof.erasureEvidence());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AssetLifecycle.start(IN_USE, D)
                .withErasureEvidence(proof));
        assertEquals("asset lifecycle erasure evidence needs a disposed asset but the state was in-use",
                e.getMessage());
    }
}
