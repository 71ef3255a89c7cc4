// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.internal.Checks;
import java.util.List;
import java.util.Set;

// The references of a bundle to its applied controls, checked at their pointers: a Statement of Applicability
// entry's implementation, a gap result's applied controls relied on, a finding about an applied control.
final class References {
    private References() {
    }

    static void check(BundleDto d, At at, Set<String> applied) {
        if (d.statementOfApplicability() != null) {
            At entries = at.field("statementOfApplicability").field("entries");
            List<SoaEntryDto> all = Dtos.orEmpty(d.statementOfApplicability().entries());
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) != null && all.get(i).implementation() != null) {
                    names(all.get(i).implementation().appliedControls(), entries.index(i).field("implementation")
                            .field("appliedControls"), applied);
                }
            }
        }
        if (d.gapAssessment() != null) {
            results(d.gapAssessment().clauses(), at.field("gapAssessment").field("clauses"), applied);
            results(d.gapAssessment().controls(), at.field("gapAssessment").field("controls"), applied);
        }
        if (d.audits() != null) {
            List<FindingDto> findings = Dtos.orEmpty(d.audits().findings());
            for (int i = 0; i < findings.size(); i++) {
                SubjectDto s = findings.get(i) == null ? null : findings.get(i).subject();
                if (s != null && s.appliedControl() != null && !applied.contains(s.appliedControl())) {
                    at.field("audits").field("findings").index(i).field("subject").field("appliedControl").add(
                            unknown(s.appliedControl()));
                }
            }
        }
    }

    private static void results(List<ResultDto> results, At list, Set<String> applied) {
        List<ResultDto> all = Dtos.orEmpty(results);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null) {
                names(all.get(i).appliedControls(), list.index(i).field("appliedControls"), applied);
            }
        }
    }

    private static void names(List<String> ids, At list, Set<String> applied) {
        List<String> all = Dtos.orEmpty(ids);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null && !applied.contains(all.get(i))) {
                list.index(i).add(unknown(all.get(i)));
            }
        }
    }

    private static String unknown(String id) {
        return "must name an applied control of the bundle but " + Checks.quote(id) + " is not one";
    }
}
