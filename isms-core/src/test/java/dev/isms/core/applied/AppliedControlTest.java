// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.applied;

import static dev.isms.core.LifecycleFixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppliedControlTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    static AppliedControl mfa() {
        return AppliedControl.builder("AC-1", "MFA on all admin accounts").realises(ref("8.24"), ref("5.1"))
                .realises(ControlRef.of("nist:csf2", "PR.AA-03")).owner("CISO").status(AppliedControlStatus.IMPLEMENTED)
                .due(D).evidence(Evidence.of("IdP config export", "git://idp", D, D.plusMonths(6)))
                .treats("R-3", "R-7", "R-3").build();
    }

    @Test
    void realisesControlsOfSeveralCataloguesAndTreatsRisks() {
        AppliedControl a = mfa();
        assertTrue(a.realises(ref("8.24")));
        assertTrue(a.realises(ControlRef.parse("nist:csf2#PR.AA-03")));
        assertFalse(a.realises(ref("8.17")));
        assertEquals(List.of("R-3", "R-7"), a.risks());
        assertTrue(a.treats("R-7"));
        assertFalse(a.treats("R-9"));
        assertEquals(Optional.of("CISO"), a.owner());
    }

    @Test
    void listsEvidenceExpiredAsOfADay() {
        AppliedControl a = mfa();
        assertEquals(List.of(), a.expiredEvidence(D.plusMonths(6)));
        assertEquals(a.evidence(), a.expiredEvidence(D.plusMonths(6).plusDays(1)));
    }

    @Test
    void isOverdueOnlyWhilePendingAfterItsDueDay() {
        AppliedControl planned = mfa().withStatus(AppliedControlStatus.PLANNED);
        assertFalse(planned.isOverdue(D));
        assertTrue(planned.isOverdue(D.plusDays(1)));
        assertTrue(planned.withStatus(AppliedControlStatus.IN_PROGRESS).isOverdue(D.plusDays(1)));
        assertFalse(mfa().isOverdue(D.plusYears(1)));
        assertFalse(AppliedControl.builder("AC-2", "No due day").build().isOverdue(D.plusYears(1)));
    }

    @Test
    void withStatusChangesOnlyTheStatusAndReturnsThisWhenUnchanged() {
        AppliedControl a = mfa();
        assertSame(a, a.withStatus(AppliedControlStatus.IMPLEMENTED));
        AppliedControl d = a.withStatus(AppliedControlStatus.DEGRADED);
        assertEquals(AppliedControlStatus.DEGRADED, d.status());
        assertEquals(a, d.withStatus(AppliedControlStatus.IMPLEMENTED));
        assertEquals(a, a.toBuilder().build());
        assertEquals(List.of(), a.withEvidence(List.of()).evidence());
    }

    @Test
    void defaultsToPlannedWithNothingOptional() {
        AppliedControl a = AppliedControl.builder("AC-9", "Clean desk").build();
        assertEquals(AppliedControlStatus.PLANNED, a.status());
        assertEquals(Optional.empty(), a.owner());
        assertEquals(Optional.empty(), a.due());
        assertEquals(List.of(), a.controls());
    }

    @Test
    void rejectsInvalidPartsNamingTheAppliedControlTheFieldAndTheValue() {
        assertEquals("applied control id must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> AppliedControl.builder("", "x").build()).getMessage());
        assertEquals("applied control 'AC-1' name must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> AppliedControl.builder("AC-1", " ").build())
                        .getMessage());
        assertEquals("applied control 'AC-1' owner must not be blank but was ''",
                assertThrows(IllegalArgumentException.class, () -> AppliedControl.builder("AC-1", "x").owner("")
                        .build()).getMessage());
        assertEquals("applied control 'AC-1' risks must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> AppliedControl.builder("AC-1", "x").treats(" ")
                        .build()).getMessage());
        assertEquals("applied control 'AC-1' controls must not repeat a value but 'test:2022#5.1' appears twice",
                assertThrows(IllegalArgumentException.class, () -> new AppliedControl("AC-1", "x",
                        List.of(ref("5.1"), ref("5.1")), Optional.empty(), AppliedControlStatus.PLANNED,
                        Optional.empty(), List.of(), List.of())).getMessage());
        assertThrows(NullPointerException.class, () -> new AppliedControl("AC-1", "x", List.of(), Optional.empty(),
                null, Optional.empty(), List.of(), List.of()));
    }
}
