// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingRegisterTest {
    private static final LocalDate D = FindingTest.D;

    static FindingRegister register() {
        Finding major = new Finding("F-3", "IA-2026-1", FindingGrade.MAJOR_NONCONFORMITY,
                FindingSubject.clause("6.1.2"), "No risk assessment since 2024", D);
        return FindingRegister.of(AuditProgrammeTest.programme(), List.of(FindingTest.minor(),
                FindingTest.observation(), major), List.of(CorrectiveActionTest.raised()));
    }

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(Finding::id).toList();
    }

    @Test
    void answersTheQuestionsAboutFindingsAndActions() {
        FindingRegister r = register();
        assertEquals(List.of("F-1", "F-3"), ids(r.nonconformities()));
        assertEquals(List.of("F-3"), ids(r.withoutAction()));
        assertEquals(3, r.findingsOf("IA-2026-1").size());
        assertEquals(List.of(), r.findingsOf("IA-9"));
        assertEquals(1, r.open().size());
        assertEquals(Optional.of("CA-1"), r.action("CA-1").map(CorrectiveAction::id));
        assertEquals(Optional.empty(), r.finding("F-9"));
        assertEquals("AP-2026", r.programme().id());
    }

    @Test
    void keepsFindingsInTheOrderGivenAddingOrReplacingById() {
        FindingRegister r = register();
        assertEquals(List.of("F-1", "F-2", "F-3"), ids(r.findings()));
        assertEquals(List.of("CA-1"), r.actions().stream().map(CorrectiveAction::id).toList());
        assertEquals(Optional.of(FindingTest.minor()), r.finding("F-1"));
        Finding added = new Finding("F-4", "IA-2026-1", FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT,
                FindingSubject.clause("7.3"), "Awareness material is dated", D);
        assertEquals(List.of("F-1", "F-2", "F-3", "F-4"), ids(r.with(added).findings()));
        Finding reworded = new Finding("F-2", "IA-2026-1", FindingGrade.OBSERVATION,
                FindingSubject.appliedControl("AC-1"), "MFA exceptions list grows monthly", D);
        FindingRegister replaced = r.with(reworded);
        assertEquals(List.of("F-1", "F-2", "F-3"), ids(replaced.findings()));
        assertEquals(Optional.of(reworded), replaced.finding("F-2"));
        assertEquals(Optional.of(FindingTest.observation()), r.finding("F-2"));
    }

    @Test
    void rejectsRepeatedCorrectiveActionIds() {
        CorrectiveAction again = CorrectiveActionTest.raised();
        assertEquals("corrective action ids must be unique but 'CA-1' appears twice", assertThrows(
                IllegalArgumentException.class, () -> FindingRegister.of(AuditProgrammeTest.programme(),
                        register().findings(), List.of(again, again))).getMessage());
    }

    @Test
    void equalsComparesProgrammeFindingsAndActionsInOrder() {
        FindingRegister r = register();
        FindingRegister same = FindingRegister.of(r.programme(), r.findings(), r.actions());
        assertEquals(r, same);
        assertEquals(r.hashCode(), same.hashCode());
        List<Finding> reversed = new ArrayList<>(r.findings());
        Collections.reverse(reversed);
        assertNotEquals(r, FindingRegister.of(r.programme(), reversed, r.actions()));
        assertNotEquals(r, FindingRegister.of(r.programme(), r.findings(), List.of()));
        assertEquals("FindingRegister[AP-2026, 3 findings, 1 corrective actions]", r.toString());
    }

    @Test
    void listsOverdueActionsAsOfADayOrByAClock() {
        FindingRegister r = register();
        LocalDate due = CorrectiveActionTest.raised().due();
        assertEquals(List.of(), r.overdue(due));
        assertEquals(List.of("CA-1"), r.overdue(due.plusDays(1)).stream().map(CorrectiveAction::id).toList());
        Clock clock = Clock.fixed(due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        assertEquals(1, r.overdue(clock).size());
        FindingRegister done = r.with(r.action("CA-1").orElseThrow().analyse(D, "c", "a").implement(D)
                .review(D, true, "ok"));
        assertEquals(List.of(), done.overdue(due.plusDays(1)));
        assertEquals(List.of(), done.open());
    }

    @Test
    void rejectsFindingsOfUnknownAuditsOrBeforeTheAudit() {
        assertEquals("finding 'F-9' auditId must name an audit of programme 'AP-2026' but was 'IA-9'", assertThrows(
                IllegalArgumentException.class, () -> register().with(new Finding("F-9", "IA-9",
                        FindingGrade.OBSERVATION, FindingSubject.clause("4.1"), "x", D))).getMessage());
        assertEquals("finding 'F-9' date must not be before the start of audit 'IA-2026-1' 2026-05-11 but was"
                + " 2026-05-10", assertThrows(IllegalArgumentException.class, () -> register().with(new Finding("F-9",
                        "IA-2026-1", FindingGrade.OBSERVATION, FindingSubject.clause("4.1"), "x",
                        AuditTest.D.minusDays(1)))).getMessage());
    }

    @Test
    void rejectsActionsForObservationsUnknownFindingsAndRepeatedIds() {
        CorrectiveAction forObservation = new CorrectiveAction("CA-2", "F-2", "CISO", D.plusDays(9),
                List.of(new ActionStep.Raised(D)));
        assertEquals("corrective action 'CA-2' findingId must name a nonconformity but 'F-2' is observation",
                assertThrows(IllegalArgumentException.class, () -> register().with(forObservation)).getMessage());
        CorrectiveAction orphan = new CorrectiveAction("CA-3", "F-9", "CISO", D.plusDays(9),
                List.of(new ActionStep.Raised(D)));
        assertEquals("corrective action 'CA-3' findingId must name a nonconformity but 'F-9' is unknown",
                assertThrows(IllegalArgumentException.class, () -> register().with(orphan)).getMessage());
        assertEquals("finding ids must be unique but 'F-1' appears twice", assertThrows(IllegalArgumentException.class,
                () -> FindingRegister.of(AuditProgrammeTest.programme(), List.of(FindingTest.minor(),
                        FindingTest.minor()), List.of())).getMessage());
    }
}
