// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.Gap;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.GapAssessmentBuilder;
import dev.isms.core.assessment.ProjectedAssessment;
import dev.isms.core.assessment.ProjectedResult;
import dev.isms.core.requirement.Requirement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ISO/IEC 27001:2022 gap assessment (clauses and the 93 controls of ISO/IEC 27002:2022) seen as the 106 NIST CSF
 * 2.0 subcategories of NIST's crosswalk, the Annex A identity bridging {@code A.8.8} to {@code 8.8}.
 */
class BuiltInProjectionTest {
    private static GapAssessment assessment() {
        GapAssessmentBuilder b = GapAssessment.builder(Catalogs.iso27001_2022Requirements(),
                Catalogs.iso27002_2022(), LocalDate.of(2026, 3, 1));
        for (Control c : Catalogs.iso27002_2022().controls()) {
            b.control(c.id().toString(), c.id().toString().equals("8.8")
                    ? AssessmentResult.of(Conformity.NOT_CONFORMANT, 1) : AssessmentResult.of(Conformity.CONFORMANT, 4));
        }
        for (Requirement r : Catalogs.iso27001_2022Requirements().requirements()) {
            if (Catalogs.iso27001_2022Requirements().children(r.id().toString()).isEmpty()) {
                b.clause(r.id().toString(), r.id().toString().equals("9.2.2")
                        ? AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 2)
                        : AssessmentResult.of(Conformity.CONFORMANT, 4));
            }
        }
        return b.build();
    }

    @Test
    void projectsOntoTheCsfSubcategoriesOfTheCrosswalk() {
        ProjectedAssessment csf = ProjectedAssessment.from(assessment(), Catalogs.nistCsf2ToIso27001_2022(),
                Catalogs.annexAToIso27002_2022());
        assertEquals("nist-csf:2.0", csf.catalogId());
        assertEquals(106, csf.results().size());
        assertEquals(102, csf.count(Conformity.CONFORMANT));
        assertEquals(List.of("ID.IM-01", "ID.IM-02", "ID.RA-01", "PR.DS-01"), csf.results().stream()
                .filter(r -> r.conformity() != Conformity.CONFORMANT).map(r -> r.id().toString()).sorted().toList());
        assertEquals(Conformity.NOT_CONFORMANT, csf.require(ControlId.parse("ID.RA-01")).conformity());
    }

    @Test
    void prDs01RestsOnTwoClausesAndTwentyControls() {
        ProjectedResult r = ProjectedAssessment.from(assessment(), Catalogs.nistCsf2ToIso27001_2022(),
                Catalogs.annexAToIso27002_2022()).require(ControlId.parse("PR.DS-01"));
        assertEquals(Conformity.PARTIALLY_CONFORMANT, r.conformity());
        assertEquals(22, r.counted());
        assertEquals(21, r.conformant());
        assertEquals(2, r.basis().stream().filter(b -> b.kind() == Gap.Kind.CLAUSE).count());
        ProjectedResult.Basis vulnerabilities = r.basis().stream().filter(b -> b.id().toString().equals("8.8"))
                .findFirst().orElseThrow();
        assertEquals("A.8.8", vulnerabilities.mappedAs().toString());
        assertEquals(Conformity.NOT_CONFORMANT, vulnerabilities.result().conformity());
    }

    @Test
    void withoutTheBridgeTheAnnexAIdsAreRefusedNotGuessed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectedAssessment.from(
                assessment(), Catalogs.nistCsf2ToIso27001_2022()));
        assertTrue(e.getMessage().contains("but 67 reach nothing: [A.5.24, A.5.25, A.8.15, A.8.16, A.5.26] ..."),
                e.getMessage());
    }
}
