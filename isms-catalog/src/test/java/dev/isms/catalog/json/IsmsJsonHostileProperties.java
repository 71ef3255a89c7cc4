// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.catalog.hostile.JsonMutations;
import dev.isms.catalog.hostile.Seeds;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.hostile.Hostile;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.StatementOfApplicability;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every {@link IsmsJson} reader (applied controls, statement of applicability, gap assessment, assets, monitoring,
 * audits, management review, certificate, bundle) on mutants of small valid documents from {@link IsmsExamples}: a
 * value that writes and reads back equal, or a {@link FormatException} with a bounded, capped, log-safe message; never
 * another exception, never a hang. Here rather than in the {@code hostile} package because it reuses the examples.
 */
class IsmsJsonHostileProperties {
    private static final IsmsJson JSON = IsmsJson.defaults();
    private static final Catalog CATALOG = Seeds.catalog();
    private static final RequirementSet REQUIREMENTS = Seeds.requirements();
    private static final List<Kind<?>> KINDS = kinds();

    /** One document kind: its format and a valid example. */
    private record Kind<T>(String name, JsonFormat<T> format, T example) {
        String seed() {
            return format.toJson(example);
        }

        Object readAndRoundTrip(byte[] doc) {
            T value = format.read(new ByteArrayInputStream(doc), "hostile.json");
            assertEquals(value, format.parse(format.toJson(value)));
            return value;
        }
    }

    private static List<Kind<?>> kinds() {
        AppliedControlSet applied = IsmsExamples.applied(CATALOG, 1);
        StatementOfApplicability soa = IsmsExamples.soa(CATALOG, applied);
        IsmsExamples.Context x = new IsmsExamples.Context(REQUIREMENTS, CATALOG);
        return List.of(new Kind<>("appliedControls", JSON.appliedControls(), applied),
                new Kind<>("statementOfApplicability", JSON.statementOfApplicability(CATALOG), soa),
                new Kind<>("gapAssessment", JSON.gapAssessment(REQUIREMENTS, CATALOG),
                        IsmsExamples.gap(x, applied, soa)),
                new Kind<>("assets", JSON.assets(), IsmsExamples.assets(1)),
                new Kind<>("monitoring", JSON.monitoring(), IsmsExamples.monitoring()),
                new Kind<>("audits", JSON.audits(), IsmsExamples.audits(CATALOG, 1)),
                new Kind<>("managementReview", JSON.managementReview(), IsmsExamples.review()),
                new Kind<>("certificate", JSON.certificate(), IsmsExamples.certificate()),
                new Kind<>("bundle", JSON.bundle(REQUIREMENTS, CATALOG), IsmsBundle.builder("Example GmbH",
                        "The platform;\noffices in Berlin.").appliedControls(applied).statementOfApplicability(soa)
                        .gapAssessment(IsmsExamples.gap(x, applied, soa)).scoringStrategy("weighted")
                        .monitoring(IsmsExamples.monitoring()).managementReviews(IsmsExamples.review())
                        .certificates(IsmsExamples.certificate()).build()));
    }

    @Property(tries = 1000)
    void appliedControlsReaderGivesAValueOrAFormatException(@ForAll("appliedControls") byte[] doc) {
        attempt(0, doc);
    }

    @Provide
    Arbitrary<byte[]> appliedControls() {
        return JsonMutations.of(KINDS.get(0).seed());
    }

    @Property(tries = 1000)
    void statementOfApplicabilityReaderGivesAValueOrAFormatException(@ForAll("statementOfApplicability") byte[] doc) {
        attempt(1, doc);
    }

    @Provide
    Arbitrary<byte[]> statementOfApplicability() {
        return JsonMutations.of(KINDS.get(1).seed());
    }

    @Property(tries = 1000)
    void gapAssessmentReaderGivesAValueOrAFormatException(@ForAll("gapAssessment") byte[] doc) {
        attempt(2, doc);
    }

    @Provide
    Arbitrary<byte[]> gapAssessment() {
        return JsonMutations.of(KINDS.get(2).seed());
    }

    @Property(tries = 1000)
    void assetsReaderGivesAValueOrAFormatException(@ForAll("assets") byte[] doc) {
        attempt(3, doc);
    }

    @Provide
    Arbitrary<byte[]> assets() {
        return JsonMutations.of(KINDS.get(3).seed());
    }

    @Property(tries = 1000)
    void monitoringReaderGivesAValueOrAFormatException(@ForAll("monitoring") byte[] doc) {
        attempt(4, doc);
    }

    @Provide
    Arbitrary<byte[]> monitoring() {
        return JsonMutations.of(KINDS.get(4).seed());
    }

    @Property(tries = 1000)
    void auditsReaderGivesAValueOrAFormatException(@ForAll("audits") byte[] doc) {
        attempt(5, doc);
    }

    @Provide
    Arbitrary<byte[]> audits() {
        return JsonMutations.of(KINDS.get(5).seed());
    }

    @Property(tries = 1000)
    void managementReviewReaderGivesAValueOrAFormatException(@ForAll("managementReview") byte[] doc) {
        attempt(6, doc);
    }

    @Provide
    Arbitrary<byte[]> managementReview() {
        return JsonMutations.of(KINDS.get(6).seed());
    }

    @Property(tries = 1000)
    void certificateReaderGivesAValueOrAFormatException(@ForAll("certificate") byte[] doc) {
        attempt(7, doc);
    }

    @Provide
    Arbitrary<byte[]> certificate() {
        return JsonMutations.of(KINDS.get(7).seed());
    }

    @Property(tries = 1000)
    void bundleReaderGivesAValueOrAFormatException(@ForAll("bundle") byte[] doc) {
        attempt(8, doc);
    }

    @Provide
    Arbitrary<byte[]> bundle() {
        return JsonMutations.of(KINDS.get(8).seed());
    }

    private static void attempt(int kind, byte[] doc) {
        Kind<?> k = KINDS.get(kind);
        Hostile.attempt("IsmsJson." + k.name(), doc, FormatException.class, () -> k.readAndRoundTrip(doc));
    }
}
