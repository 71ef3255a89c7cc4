// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.GapAssessmentBuilder;
import dev.isms.core.soa.Implementation;
import dev.isms.core.soa.ImplementationStatus;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a Statement of Applicability or a gap assessment holds, its OSCAL documents validate against NIST's schema,
 * and the profile resolves to exactly the applicable controls.
 */
class OscalRecordsProperties {
    private static final Catalog ISO = Catalogs.iso27002_2022();
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    /** One number per control: 0 undecided, 1 excluded, 2..9 applicable (status by the number, odd explicit). */
    @Provide
    Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 9).list().ofSize(ISO.size());
    }

    private static StatementOfApplicability soa(List<Integer> choices) {
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(ISO, "1", D);
        List<Control> controls = ISO.controls();
        for (int i = 0; i < controls.size(); i++) {
            ControlId id = controls.get(i).id();
            int c = choices.get(i);
            if (c == 1) {
                b.entry(SoaEntry.excluded(id, "Not in scope\nsince " + i));
            } else if (c >= 2) {
                ImplementationStatus s = ImplementationStatus.values()[c % 4];
                SoaEntry.Builder e = SoaEntry.builder(id).include(InclusionReason.values()[c % 5]);
                b.entry((c % 2 == 1 ? e.implementation(Implementation.explicit(s, "Set by hand")) : e).build());
            }
        }
        return b.build();
    }

    @Property(tries = 100)
    void theProfileResolvesToExactlyTheApplicableControls(@ForAll("choices") List<Integer> choices) {
        StatementOfApplicability s = soa(choices);
        Set<ControlId> applicable = new TreeSet<>();
        s.applicable().forEach(e -> applicable.add(e.control()));
        if (applicable.isEmpty()) {
            return;
        }
        OscalProfile p = Oscal.parseProfile(Oscal.toJson(OscalProfile.from(s, ISO, "iso.json")));
        Set<ControlId> resolved = new TreeSet<>();
        Oscal.resolveProfile(p, ISO).controls().forEach(c -> resolved.add(c.id()));
        assertEquals(applicable, resolved);
    }

    @Property(tries = 25)
    void everySspValidates(@ForAll("choices") List<Integer> choices) {
        OscalSchemas.assertValid("1.1.3", "ssp", Oscal.toSspJson(soa(choices), ISO, "p.json"));
    }

    @Property(tries = 25)
    void everyAssessmentResultValidates(@ForAll("choices") List<Integer> choices) {
        GapAssessmentBuilder b = GapAssessment.builder(Catalogs.iso27001_2022Requirements(), ISO, D);
        List<Control> controls = ISO.controls();
        List<OscalRisk> risks = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            Conformity c = Conformity.values()[choices.get(i) % 5];
            b.control(controls.get(i).id().toString(), c.isAssessed() ? AssessmentResult.of(c, choices.get(i) % 6)
                    : c == Conformity.NOT_APPLICABLE ? AssessmentResult.notApplicable("Excluded")
                    : AssessmentResult.notAssessed());
            if (choices.get(i) == 9) {
                risks.add(OscalRisk.of("R-" + i, "Risk " + i, "3", "4").withControls(List.of(controls.get(i).id())));
            }
        }
        OscalSchemas.assertValid("1.1.3", "assessment-results", Oscal.toAssessmentResultsJson(b.build(), risks));
    }
}
