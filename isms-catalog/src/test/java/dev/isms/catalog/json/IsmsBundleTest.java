// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsmsBundleTest {
    private final IsmsBundle example = IsmsExamples.bundle(1);

    private static String fails(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void aBuilderStartsEmptyButForOrganisationAndScope() {
        IsmsBundle b = IsmsBundle.builder("Acme", "Everything").build();
        assertEquals(0, b.appliedControls().size());
        assertEquals(0, b.assets().size());
        assertEquals(List.of(), b.monitoring().indicators());
        assertEquals(Optional.empty(), b.statementOfApplicability());
        assertEquals(Optional.empty(), b.audits());
        assertEquals(List.of(), b.certificates());
        assertEquals(Optional.of("weighted"), example.scoringStrategy());
    }

    @Test
    void rejectsBlankNamesAndRepeatedReviewsOrCertificates() {
        assertEquals("ISMS bundle organisation must not be blank but was ' '",
                fails(() -> IsmsBundle.builder(" ", "s").build()));
        assertTrue(fails(() -> IsmsBundle.builder("o", "s").scoringStrategy("a\nb").build())
                .startsWith("ISMS bundle scoringStrategy must not contain control character U+000A"));
        assertEquals("ISMS bundle managementReviews ids must be unique but 'MR-2026' appears twice", fails(() ->
                IsmsBundle.builder("o", "s").managementReviews(IsmsExamples.review(), IsmsExamples.review()).build()));
        assertEquals("ISMS bundle certificates numbers must be unique but 'C-2026-17' appears twice", fails(() ->
                IsmsBundle.builder("o", "s").certificates(List.of(IsmsExamples.certificate(),
                        IsmsExamples.certificate())).build()));
    }

    @Test
    void everyAppliedControlNamedMustBeOneOfTheBundles() {
        StatementOfApplicability soa = example.statementOfApplicability().orElseThrow();
        assertEquals("ISMS bundle references must name applied controls of the bundle but 'AC-1' is not one",
                fails(() -> IsmsBundle.builder("o", "s").statementOfApplicability(soa).build()));
        GapAssessment gap = example.gapAssessment().orElseThrow();
        assertTrue(fails(() -> IsmsBundle.builder("o", "s").gapAssessment(gap).build()).contains("is not one"));
        FindingRegister audits = example.audits().orElseThrow();
        assertTrue(fails(() -> IsmsBundle.builder("o", "s").audits(audits).build()).contains("'AC-1' is not one"));
        AppliedControlSet applied = example.appliedControls();
        assertEquals(example, IsmsBundle.builder(example.organisation(), example.scope()).appliedControls(applied)
                .statementOfApplicability(soa).gapAssessment(gap).audits(audits).assets(example.assets())
                .monitoring(example.monitoring()).scoringStrategy("weighted")
                .managementReviews(example.managementReviews()).certificates(example.certificates()).build());
    }

    @Test
    void theStatementAndTheAssessmentAreOfOneCatalogue() {
        Catalog other = Catalog.builder("other:1", "Other").control(Control.of("1", "One")).build();
        StatementOfApplicability soa = StatementOfApplicability.builder(other, "1", LocalDate.of(2026, 1, 1)).build();
        assertEquals("ISMS bundle gapAssessment must be of the statement of applicability's catalogue 'other:1' but"
                + " was of 'iso27002:2022'", fails(() -> IsmsBundle.builder("o", "s").appliedControls(
                        example.appliedControls()).statementOfApplicability(soa)
                .gapAssessment(example.gapAssessment().orElseThrow()).build()));
    }
}
