// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static dev.isms.core.assessment.GapAssessmentTest.D;
import static dev.isms.core.assessment.GapAssessmentTest.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.LifecycleFixtures;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GapAssessmentBuilderTest {

    private static GapAssessmentBuilder builder() {
        return GapAssessment.builder(LifecycleFixtures.requirements(), LifecycleFixtures.catalog(), D);
    }

    private static String fails(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void rejectsUnknownClausesHeadingClausesAndNotApplicableClauses() {
        assertEquals("gap assessment clause must be a clause of requirement set 'test:27001' but was '11'",
                fails(() -> builder().clause("11", AssessmentResult.notAssessed())));
        assertEquals("gap assessment clause 6.1 must be a leaf clause (assess its 2 sub-clauses, from 6.1.2) but has"
                + " sub-clauses", fails(() -> builder().clause("6.1", AssessmentResult.notAssessed())));
        assertEquals("gap assessment clause 6.1.2 conformity must not be not-applicable (clauses 4 to 10 are"
                + " mandatory) but was not-applicable", fails(() -> builder().clause("6.1.2",
                        AssessmentResult.notApplicable("small company"))));
    }

    @Test
    void rejectsUnknownAndRepeatedControls() {
        assertEquals("gap assessment control must be a control of catalogue 'test:2022' but was '9.9'",
                fails(() -> builder().control("9.9", AssessmentResult.notAssessed())));
        assertEquals("gap assessment control 5.1 must have one result but was given two", fails(() -> builder()
                .control("5.1", AssessmentResult.notAssessed()).control("5.1", AssessmentResult.notAssessed())));
    }

    @Test
    void rejectsMaturitiesOffTheScale() {
        assertEquals("gap assessment control 5.1 maturity must be 0..5 but was 6", fails(() -> builder()
                .control("5.1", AssessmentResult.of(Conformity.CONFORMANT, 6)).build()));
        assertEquals("gap assessment clause 4.3 maturity must be 1..3 but was 0", fails(() -> builder()
                .scale(MaturityScale.of(1, 3)).clause("4.3", AssessmentResult.of(Conformity.CONFORMANT, 0)).build()));
    }

    @Test
    void rejectsDocumentsForUnknownClauses() {
        assertEquals("gap assessment documented information 'Plan' clause must be a clause of requirement set"
                + " 'test:27001' but was 7.5", fails(() -> builder().documents(DocumentedInformation.of("7.5", "Plan",
                        "CISO", D))));
    }

    @Test
    void takesExclusionsFromTheStatementOfApplicability() {
        StatementOfApplicability soa = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "1", D)
                .entry(SoaEntry.excluded(id("7.10"), "No removable media"))
                .entry(SoaEntry.applicable(id("8.24"), InclusionReason.BEST_PRACTICE)).build();
        GapAssessment g = builder().applicability(soa).build();
        assertEquals(Conformity.NOT_APPLICABLE, g.control(id("7.10")).conformity());
        assertEquals(Optional.of("Excluded in the Statement of Applicability 1: No removable media"),
                g.control(id("7.10")).notes());
        assertEquals(Conformity.NOT_ASSESSED, g.control(id("8.24")).conformity());
    }

    @Test
    void keepsResultsThatAgreeWithTheStatementOfApplicability() {
        StatementOfApplicability soa = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "1", D)
                .entry(SoaEntry.excluded(id("7.10"), "No removable media"))
                .entry(SoaEntry.excluded(id("6.3"), "Outsourced"))
                .entry(SoaEntry.applicable(id("8.24"), InclusionReason.BEST_PRACTICE)).build();
        AssessmentResult excluded = AssessmentResult.notApplicable("Media ports sealed");
        AssessmentResult applied = AssessmentResult.of(Conformity.CONFORMANT, 3);
        AssessmentResult notYet = AssessmentResult.notAssessed();
        GapAssessment g = builder().applicability(soa).control("7.10", excluded).control("8.24", applied)
                .control("6.3", notYet).build();
        assertEquals(excluded, g.control(id("7.10")));
        assertEquals(applied, g.control(id("8.24")));
        assertEquals(notYet, g.control(id("6.3")));
    }

    @Test
    void rejectsResultsThatContradictTheStatementOfApplicability() {
        StatementOfApplicability soa = StatementOfApplicability.builder(LifecycleFixtures.catalog(), "1", D)
                .entry(SoaEntry.excluded(id("7.10"), "No removable media"))
                .entry(SoaEntry.applicable(id("8.24"), InclusionReason.BEST_PRACTICE)).build();
        assertEquals("gap assessment control 7.10 conformity must be not-applicable, as excluded in the Statement of"
                + " Applicability '1', but was conformant", fails(() -> builder().applicability(soa)
                        .control("7.10", AssessmentResult.of(Conformity.CONFORMANT, 3)).build()));
        assertEquals("gap assessment control 8.24 conformity must be applicable, as not excluded in the Statement of"
                + " Applicability '1', but was not-applicable", fails(() -> builder().applicability(soa)
                        .control("8.24", AssessmentResult.notApplicable("n/a")).build()));
        StatementOfApplicability other = StatementOfApplicability.builder(LifecycleFixtures.catalog2013(), "1", D)
                .build();
        assertEquals("gap assessment applicability must come from a statement of catalogue 'test:2022' but was of"
                + " 'test:2013'", fails(() -> builder().applicability(other)));
    }
}
