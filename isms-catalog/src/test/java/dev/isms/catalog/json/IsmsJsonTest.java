// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.CatalogException;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlRef;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.soa.StatementOfApplicability;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsmsJsonTest {
    private final IsmsJson json = IsmsJson.defaults();
    private final IsmsExamples.Context x = IsmsExamples.context(1);

    static void assertProblem(FormatException e, String location, String fragment) {
        for (Problem p : e.problems()) {
            if (p.location().equals(location) && p.message().contains(fragment)) {
                return;
            }
        }
        throw new AssertionError("no problem at '" + location + "' containing '" + fragment + "' in:\n"
                + e.getMessage());
    }

    @Test
    void roundTripsTheExampleBundleAndEachOfItsParts() {
        IsmsBundle b = IsmsExamples.bundle(1);
        JsonFormat<IsmsBundle> format = json.bundle(x.requirements(), x.catalog());
        String text = format.toJson(b);
        assertEquals(b, format.parse(text));
        assertEquals(text, format.toJson(format.parse(text)));
        assertEquals(b.appliedControls(), json.appliedControls().parse(json.appliedControls().toJson(
                b.appliedControls())));
        JsonFormat<StatementOfApplicability> soa = json.statementOfApplicability(x.catalog());
        assertEquals(b.statementOfApplicability().orElseThrow(), soa.parse(soa.toJson(
                b.statementOfApplicability().orElseThrow())));
        var gap = json.gapAssessment(x.requirements(), x.catalog());
        assertEquals(b.gapAssessment().orElseThrow(), gap.parse(gap.toJson(b.gapAssessment().orElseThrow())));
        assertEquals(b.assets(), json.assets().parse(json.assets().toJson(b.assets())));
        assertEquals(b.monitoring(), json.monitoring().parse(json.monitoring().toJson(b.monitoring())));
        assertEquals(b.audits().orElseThrow(), json.audits().parse(json.audits().toJson(b.audits().orElseThrow())));
        assertEquals(b.managementReviews().get(0), json.managementReview().parse(json.managementReview().toJson(
                b.managementReviews().get(0))));
        assertEquals(b.certificates().get(0), json.certificate().parse(json.certificate().toJson(
                b.certificates().get(0))));
    }

    @Test
    void writesMembersInTheirOrderIndentedAndOmitsAbsentOnes() {
        AppliedControlSet set = AppliedControlSet.of(AppliedControl.builder("AC-1", "MFA on admin accounts")
                .realises(ControlRef.of("iso27002:2022", "8.5")).build());
        assertEquals("""
                {
                  "format": "isms-applied-controls",
                  "formatVersion": 1,
                  "appliedControls": [
                    {
                      "id": "AC-1",
                      "name": "MFA on admin accounts",
                      "controls": [
                        "iso27002:2022#8.5"
                      ],
                      "status": "planned"
                    }
                  ]
                }
                """, json.appliedControls().toJson(set));
    }

    @Test
    void namesEachDocumentTypeAndRejectsAnother() {
        assertEquals(List.of("isms-applied-controls", "isms-soa", "isms-gap-assessment", "isms-assets",
                "isms-monitoring", "isms-audits", "isms-management-review", "isms-certificate", "isms-bundle"),
                List.of(json.appliedControls().format(), json.statementOfApplicability(x.catalog()).format(),
                        json.gapAssessment(x.requirements(), x.catalog()).format(), json.assets().format(),
                        json.monitoring().format(), json.audits().format(), json.managementReview().format(),
                        json.certificate().format(), json.bundle(x.requirements(), x.catalog()).format()));
        String assets = json.assets().toJson(IsmsExamples.assets(1));
        FormatException e = assertThrows(FormatException.class, () -> json.monitoring().parse(assets));
        assertProblem(e, "/format", "unknown format 'isms-assets'; expected 'isms-monitoring'");
        assertProblem(assertThrows(FormatException.class, () -> json.assets().parse(assets.replace(
                "\"formatVersion\": 1", "\"formatVersion\": 2"))), "/formatVersion", "version 2 is not supported");
    }

    @Test
    void refusesToWriteWhatItCouldNotReadBack() {
        Catalog other = Catalog.builder("other:1", "Other").control(Control.of("1", "One")).build();
        StatementOfApplicability soa = IsmsExamples.bundle(1).statementOfApplicability().orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> json.statementOfApplicability(other).toJson(soa));
        assertEquals("statement of applicability catalogue must be 'other:1', the catalogue this format reads, but"
                + " was 'iso27002:2022'", e.getMessage());
        var g = IsmsExamples.bundle(1).gapAssessment().orElseThrow();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> json.gapAssessment(x.requirements(), other)
                .toJson(g)).getMessage().contains("but was of 'iso27001:2022' and 'iso27002:2022'"));
        assertThrows(IllegalArgumentException.class, () -> json.bundle(x.requirements(), other)
                .toJson(IsmsExamples.bundle(1)));
        IsmsJson small = IsmsJson.builder().maxStringLength(25).build();
        CatalogException tooLong = assertThrows(CatalogException.class, () -> small.appliedControls().toJson(
                AppliedControlSet.of(AppliedControl.builder("AC-1", "A name longer than twenty-five").build())));
        assertTrue(tooLong.getMessage().contains("at /appliedControls/0/name"), tooLong.getMessage());
    }

    @Test
    void builderSetsAndChecksTheLimits() {
        IsmsJson j = IsmsJson.builder().maxDocumentBytes(1000).maxNestingDepth(9).maxStringLength(50).build();
        assertEquals(List.of(1000L, 9L, 50L), List.of(j.maxDocumentBytes(), (long) j.maxNestingDepth(),
                (long) j.maxStringLength()));
        assertEquals("IsmsJson[1000 bytes, depth 9, strings 50]", j.toString());
        assertEquals("IsmsJson[16777216 bytes, depth 32, strings 1000000]", IsmsJson.defaults().toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IsmsJson.builder().maxNestingDepth(0).build());
        assertTrue(e.getMessage().contains("maxNestingDepth must be 1..10000 but was 0"), e.getMessage());
        FormatException deep = assertThrows(FormatException.class, () -> IsmsJson.builder().maxNestingDepth(4)
                .build().bundle(x.requirements(), x.catalog()).parse(json.bundle(x.requirements(), x.catalog())
                        .toJson(IsmsExamples.bundle(1))));
        assertTrue(deep.getMessage().contains("nesting of arrays and objects must be at most 4 deep"),
                deep.getMessage());
    }

    @Test
    void exposesNoJacksonOrInternalType() {
        for (Class<?> c : List.of(IsmsJson.class, JsonFormat.class, IsmsBundle.class, IsmsBundle.Builder.class)) {
            for (Method method : c.getMethods()) {
                List<Class<?>> types = new ArrayList<>(List.of(method.getParameterTypes()));
                types.add(method.getReturnType());
                for (Class<?> type : types) {
                    assertFalse(type.getName().startsWith("com.fasterxml") || type.getName().contains(".internal."),
                            method.toString());
                }
            }
        }
    }
}
