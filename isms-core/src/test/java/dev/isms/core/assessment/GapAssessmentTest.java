// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import dev.isms.core.LifecycleFixtures;
import dev.isms.core.UnknownIdException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapAssessmentTest {
    static final LocalDate D = LocalDate.of(2026, 3, 1);

    static GapAssessment assessment() {
        return GapAssessment.builder(LifecycleFixtures.requirements(), LifecycleFixtures.catalog(), D)
                .clause("4.3", AssessmentResult.of(Conformity.CONFORMANT, 4))
                .clause("6.1.2", AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 2))
                .clause("9.2.2", AssessmentResult.of(Conformity.NOT_CONFORMANT, 1))
                .control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 5))
                .control("5.7", AssessmentResult.of(Conformity.NOT_CONFORMANT, 0))
                .control("8.24", AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 3))
                .control("7.10", AssessmentResult.notApplicable("No removable media"))
                .documents(DocumentedInformation.of("4.3", "ISMS scope", "CISO", D.plusMonths(6)),
                        DocumentedInformation.of("6.1.3", "Statement of Applicability", "CISO", D.minusDays(1)),
                        DocumentedInformation.of("6.1.3", "Risk treatment plan", "CRO", D.plusYears(1)))
                .build();
    }

    static ControlId id(String s) {
        return ControlId.parse(s);
    }

    @Test
    void holdsOneResultPerLeafClauseAndPerControlTheRestNotAssessed() {
        GapAssessment g = assessment();
        assertEquals(List.of(id("4.3"), id("6.1.2"), id("6.1.3"), id("9.2.1"), id("9.2.2")),
                List.copyOf(g.clauseResults().keySet()));
        assertEquals(LifecycleFixtures.catalog().size(), g.controlResults().size());
        assertEquals(Conformity.NOT_ASSESSED, g.clause(id("6.1.3")).conformity());
        assertEquals(Conformity.NOT_ASSESSED, g.control(id("8.17")).conformity());
        assertEquals(MaturityScale.defaultScale(), g.scale());
    }

    @Test
    void listsGapsInPriorityOrder() {
        List<String> order = assessment().gaps().stream().map(x -> x.kind() + " " + x.id()).toList();
        assertEquals(List.of("CLAUSE 9.2.2", "CONTROL 5.7", "CLAUSE 6.1.2", "CONTROL 8.24", "CLAUSE 6.1.3",
                "CLAUSE 9.2.1", "CONTROL 5.36", "CONTROL 6.3", "CONTROL 8.8", "CONTROL 8.17"), order);
        assertEquals("Audit programme", assessment().gaps().get(0).title());
    }

    @Test
    void checksTheMandatoryDocumentedInformationAsOfADay() {
        List<DocumentCheck> checks = assessment().documentedInformation(D);
        assertEquals(List.of("4.3 present", "6.1.2 missing", "6.1.3 out-of-date", "9.2.2 missing"), checks.stream()
                .map(c -> c.clause().id() + " " + c.status().key()).toList());
        assertEquals(2, checks.get(2).documents().size());
        assertEquals(DocumentStatus.OUT_OF_DATE, assessment().documentedInformation(D.plusMonths(7)).get(0).status());
    }

    @Test
    void requireUnknownClausesAndControlsThrowUnknownId() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> assessment().clause(id("6.1")));
        assertEquals("leaf clause", e.kind());
        assertEquals("control", assertThrows(UnknownIdException.class, () -> assessment().control(id("9.9"))).kind());
    }

    @Test
    void equalAssessmentsAreEqual() {
        assertEquals(assessment(), assessment());
        assertEquals(assessment().hashCode(), assessment().hashCode());
    }

    @Test
    void assessmentsDifferingInDayResultOrDocumentsDiffer() {
        GapAssessment base = empty(D).control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 4)).build();
        assertEquals(base, empty(D).control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 4)).build());
        assertNotEquals(base, empty(D.plusDays(1)).control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 4))
                .build());
        assertNotEquals(base, empty(D).control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 5)).build());
        assertNotEquals(base, empty(D).control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 4))
                .clause("4.3", AssessmentResult.of(Conformity.CONFORMANT, 4)).build());
        assertNotEquals(base, empty(D).control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 4))
                .documents(DocumentedInformation.of("4.3", "ISMS scope", "CISO", D)).build());
        assertNotEquals(base, base.toString());
    }

    private static GapAssessmentBuilder empty(LocalDate day) {
        return GapAssessment.builder(LifecycleFixtures.requirements(), LifecycleFixtures.catalog(), day);
    }

    @Test
    void exposesItsDayAndDocumentsAndPrintsWhatItAssessed() {
        GapAssessment g = assessment();
        assertEquals(D, g.date());
        assertEquals(List.of("ISMS scope", "Statement of Applicability", "Risk treatment plan"),
                g.documents().stream().map(DocumentedInformation::title).toList());
        assertEquals("GapAssessment[2026-03-01, test:27001 + test:2022]", g.toString());
    }
}
