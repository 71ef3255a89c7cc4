// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.applied;

import static dev.isms.core.LifecycleFixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Evidence;
import dev.isms.core.UnknownIdException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AppliedControlSetTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    static AppliedControlSet set() {
        AppliedControl mfa = AppliedControlTest.mfa();
        AppliedControl backup = AppliedControl.builder("AC-2", "Encrypted backups").realises(ref("8.24"))
                .status(AppliedControlStatus.IN_PROGRESS).due(D).treats("R-7")
                .evidence(Evidence.of("Restore test", "wiki", D.minusYears(1), D.minusDays(1))).build();
        return AppliedControlSet.of(mfa, backup);
    }

    @Test
    void findsTheAppliedControlsThatRealiseAControl() {
        AppliedControlSet s = set();
        assertEquals(List.of("AC-1", "AC-2"), ids(s.realising(ref("8.24"))));
        assertEquals(List.of("AC-1"), ids(s.realising(ref("5.1"))));
        assertEquals(List.of(), s.realising(ref("7.10")));
        assertEquals(List.of("AC-1", "AC-2"), ids(s.treating("R-7")));
    }

    private static List<String> ids(List<AppliedControl> list) {
        return list.stream().map(AppliedControl::id).toList();
    }

    @Test
    void listsExpiredEvidenceWithTheAppliedControlCitingIt() {
        List<ExpiredEvidence> expired = set().expiredEvidence(D);
        assertEquals(1, expired.size());
        assertEquals("AC-2", expired.get(0).appliedControlId());
        assertEquals("Restore test", expired.get(0).evidence().what());
        assertEquals(2, set().expiredEvidence(D.plusYears(1)).size());
    }

    @Test
    void listsOverdueAppliedControls() {
        assertEquals(List.of(), set().overdue(D));
        assertEquals(List.of("AC-2"), ids(set().overdue(D.plusDays(1))));
    }

    @Test
    void findsRequiresAndReplacesById() {
        AppliedControlSet s = set();
        assertEquals(Optional.empty(), s.find("AC-9"));
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> s.require("AC-9"));
        assertEquals("applied control", e.kind());
        assertEquals("AC-9", e.id());
        AppliedControlSet changed = s.with(s.require("AC-2").withStatus(AppliedControlStatus.IMPLEMENTED));
        assertEquals(2, changed.size());
        assertEquals(AppliedControlStatus.IMPLEMENTED, changed.require("AC-2").status());
        assertEquals(AppliedControlStatus.IN_PROGRESS, s.require("AC-2").status());
        assertEquals(List.of("AC-1", "AC-2"), ids(changed.realising(ref("8.24"))));
        assertEquals(s, AppliedControlSet.of(s.controls()));
    }

    @Test
    void equalsByItsAppliedControlsInOrder() {
        AppliedControlSet s = set();
        assertEquals(List.of("AC-1", "AC-2"), ids(s.controls()));
        AppliedControlSet same = AppliedControlSet.of(List.of(s.require("AC-1"), s.require("AC-2")));
        assertEquals(s, same);
        assertEquals(s.hashCode(), same.hashCode());
        assertNotEquals(s, AppliedControlSet.of(s.require("AC-1")));
        assertNotEquals(s, s.with(s.require("AC-2").withStatus(AppliedControlStatus.IMPLEMENTED)));
        assertEquals("AppliedControlSet[2 applied controls]", s.toString());
    }

    @Test
    void listsItReturnsCannotBeChanged() {
        AppliedControlSet s = set();
        assertThrows(UnsupportedOperationException.class, () -> s.realising(ref("8.24")).clear());
        assertThrows(UnsupportedOperationException.class, () -> s.realising(ref("7.10")).clear());
        assertThrows(UnsupportedOperationException.class, () -> s.controls().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.treating("R-7").clear());
        assertEquals(List.of("AC-1", "AC-2"), ids(s.realising(ref("8.24"))));
    }

    @Test
    void rejectsRepeatedIds() {
        AppliedControl a = AppliedControlTest.mfa();
        assertEquals("applied control set ids must be unique but 'AC-1' appears twice", assertThrows(
                IllegalArgumentException.class, () -> AppliedControlSet.of(a, a)).getMessage());
    }
}
