// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import dev.isms.catalog.internal.oscal.AssessmentResultsWriter;
import dev.isms.catalog.internal.oscal.OscalIds;
import dev.isms.catalog.internal.oscal.SspWriter;
import dev.isms.core.Catalog;
import dev.isms.core.ControlId;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

// Checks the management-system records handed to the Oscal facade and passes them to the internal writers; lives in
// the API package because it reads OscalRisk, which the internal package must not see.
final class RecordExports {
    private RecordExports() {
    }

    static byte[] ssp(JsonFactory factory, StatementOfApplicability soa, Catalog catalog, String profileHref) {
        OscalIds ids = SoaChecks.ids(soa, catalog);
        return SspWriter.write(factory, soa, catalog, ids, Checks.notBlank(profileHref, "profileHref"));
    }

    static byte[] assessmentResults(JsonFactory factory, GapAssessment assessment, Collection<OscalRisk> risks) {
        Objects.requireNonNull(assessment, "assessment");
        List<AssessmentResultsWriter.RiskItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OscalRisk r : Objects.requireNonNull(risks, "risks")) {
            if (!seen.add(Objects.requireNonNull(r, "risk").id())) {
                throw new IllegalArgumentException("assessment results risks must have distinct ids but "
                        + Checks.quote(r.id()) + " repeats");
            }
            for (ControlId c : r.controls()) {
                if (!assessment.catalog().contains(c)) {
                    throw new IllegalArgumentException("risk " + Checks.quote(r.id()) + " control " + c + " must"
                            + " be a control of the assessment's catalogue " + Checks.quote(assessment.catalog().id())
                            + " but is not");
                }
            }
            items.add(new AssessmentResultsWriter.RiskItem(r.id(), r.title(), r.statement(), r.likelihood(),
                    r.impact(), r.controls()));
        }
        return AssessmentResultsWriter.write(factory, assessment, items);
    }
}
