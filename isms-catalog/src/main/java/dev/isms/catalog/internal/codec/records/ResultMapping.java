// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.ControlId;
import dev.isms.core.Evidence;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.MaturityScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

// Maps one dev.isms.core.assessment.AssessmentResult with its clause or control id; the weight is written only
// when it is not the default 1.
final class ResultMapping {
    private ResultMapping() {
    }

    static List<ResultDto> toDtos(Map<ControlId, AssessmentResult> results) {
        List<ResultDto> out = new ArrayList<>(results.size());
        results.forEach((id, r) -> out.add(new ResultDto(id.toString(), r.conformity().key(),
                r.maturity().isPresent() ? r.maturity().getAsInt() : null, r.notes().orElse(null),
                EvidenceMapping.toDtos(r.evidence()), Dtos.strings(r.appliedControls()),
                Double.compare(r.weight(), 1.0) == 0 ? null : r.weight())));
        return out;
    }

    /** {@return the result}, or null after reporting its problems; {@code allowed} says which conformity may be */
    static AssessmentResult toResult(ResultDto d, At at, MaturityScale scale, Predicate<Conformity> allowed) {
        Conformity conformity = at.key(Conformity.class, d.conformity(), "conformity");
        if (conformity != null && !allowed.test(conformity)) {
            at.field("conformity").add("must not be " + conformity.key() + " for a clause (clauses 4 to 10 are"
                    + " mandatory)");
        }
        if (d.maturity() != null && !scale.contains(d.maturity())) {
            at.field("maturity").add("must be on the scale " + scale.min() + ".." + scale.max() + " but was "
                    + d.maturity());
        }
        String notes = at.text(d.notes(), "notes");
        List<Evidence> evidence = EvidenceMapping.toList(d.evidence(), at, "evidence");
        List<String> applied = at.names(d.appliedControls(), "appliedControls");
        if (!at.clean() || conformity == null) {
            return null;
        }
        OptionalInt maturity = d.maturity() == null ? OptionalInt.empty() : OptionalInt.of(d.maturity());
        double weight = d.weight() == null ? 1 : d.weight();
        return at.build(() -> new AssessmentResult(conformity, maturity, Optional.ofNullable(notes), evidence,
                applied, weight));
    }
}
