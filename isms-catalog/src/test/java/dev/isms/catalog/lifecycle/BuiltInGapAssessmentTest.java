// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Attribute;
import dev.isms.core.Control;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.DocumentStatus;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.GapAssessmentBuilder;
import dev.isms.core.assessment.Rollup;
import dev.isms.core.assessment.Rollups;
import dev.isms.core.assessment.ScoringStrategies;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gap assessment of core over ISO/IEC 27001:2022 clauses 4 to 10 and the 93 controls of ISO/IEC 27002:2022. */
class BuiltInGapAssessmentTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    private static GapAssessment assessment() {
        GapAssessmentBuilder b = GapAssessment.builder(Catalogs.iso27001_2022Requirements(),
                Catalogs.iso27002_2022(), D);
        for (Control c : Catalogs.iso27002_2022().controls()) {
            b.control(c.id().toString(), AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 3));
        }
        return b.clause("6.1.2", AssessmentResult.of(Conformity.NOT_CONFORMANT, 1)).build();
    }

    @Test
    void assessesTheThirtyLeafClausesAndTheNinetyThreeControls() {
        GapAssessment g = assessment();
        assertEquals(30, g.clauseResults().size());
        assertEquals(93, g.controlResults().size());
        assertEquals("6.1.2", g.gaps().get(0).id().toString());
        assertEquals(30 + 93, g.gaps().size());
    }

    @Test
    void checksTheFourteenClausesThatRequireDocumentedInformation() {
        assertEquals(List.of("4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.2", "7.5.1", "8.1", "8.2", "8.3", "9.1",
                "9.2.2", "9.3.3", "10.2"), assessment().documentedInformation(D).stream()
                .filter(c -> c.status() == DocumentStatus.MISSING).map(c -> c.clause().id().toString()).toList());
    }

    @Test
    void rollsUpByCybersecurityConceptWithTheStandardsCounts() {
        Rollups r = assessment().rollups(ScoringStrategies.average());
        List<Rollup> concepts = r.byAttribute(Attribute.CYBERSECURITY_CONCEPT);
        assertEquals(List.of(23, 71, 14, 11, 6), concepts.stream().map(Rollup::items).toList());
        for (Rollup x : concepts) {
            assertEquals(OptionalDouble.of(3), x.score());
        }
        assertEquals(List.of(37, 8, 14, 34), r.byTheme().stream().map(Rollup::items).toList());
        assertEquals(List.of("4", "5", "6", "7", "8", "9", "10"), r.byClause().stream().map(Rollup::key).toList());
        assertEquals(OptionalDouble.of(1), r.byClause().get(2).score());
    }

    @Test
    void classPathUsersFindTheStrategiesThroughMetaInfServices() {
        assertEquals(null, ScoringStrategies.class.getModule().getName(), "this module's tests run on the class path");
        assertEquals(Set.of("average", "minimum", "weighted"), ScoringStrategies.ids());
        assertEquals(OptionalDouble.of(1), assessment().rollups(ScoringStrategies.require("minimum")).clauses()
                .score());
    }
}
