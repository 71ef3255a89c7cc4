// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.Catalog;
import dev.isms.core.ControlId;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.Conformity;
import dev.isms.core.assessment.DocumentedInformation;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.GapAssessmentBuilder;
import dev.isms.core.assessment.MaturityScale;
import dev.isms.core.internal.Checks;
import dev.isms.core.requirement.RequirementSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

// Maps dev.isms.core.assessment.GapAssessment and back: every leaf clause and every control with its result, the
// scale, the documented information. Clauses and controls are checked against the requirement set and the
// catalogue the reader is given.
final class GapAssessmentMapping {
    static final String FORMAT = "isms-gap-assessment";

    private GapAssessmentMapping() {
    }

    static GapAssessmentDto toDto(GapAssessment g) {
        MaturityScale s = g.scale();
        ScaleDto scale = new ScaleDto(s.min(), s.max(), Dtos.list(s.labels(), l -> l));
        List<DocumentDto> documents = Dtos.list(g.documents(), d -> new DocumentDto(d.clause().toString(), d.title(),
                d.owner(), Dtos.day(d.nextReview())));
        return new GapAssessmentDto(g.requirements().id(), g.catalog().id(), Dtos.day(g.date()), scale,
                ResultMapping.toDtos(g.clauseResults()), ResultMapping.toDtos(g.controlResults()), documents);
    }

    /** {@return the assessment}, or null after reporting every problem */
    static GapAssessment toAssessment(GapAssessmentDto d, At at, RequirementSet requirements, Catalog catalog) {
        CatalogRefs.same(at, d.requirements(), "requirements", requirements.id(), "requirement set");
        CatalogRefs.same(at, d.catalog(), "catalog", catalog.id(), "catalogue");
        LocalDate date = at.date(d.date(), "date");
        MaturityScale scale = d.scale() == null ? MaturityScale.defaultScale() : scale(d.scale(), at.field("scale"));
        Items clauseItems = new Items(id -> clause(id, requirements), c -> c != Conformity.NOT_APPLICABLE);
        Items controlItems = new Items(id -> catalog.contains(id) ? null : "must be a control of catalogue "
                + Checks.quote(catalog.id()) + " but was '" + id + "'", c -> true);
        Map<ControlId, AssessmentResult> clauses = scale == null ? Map.of() : results(d.clauses(), at.field("clauses"),
                scale, clauseItems);
        Map<ControlId, AssessmentResult> controls = scale == null ? Map.of() : results(d.controls(),
                at.field("controls"), scale, controlItems);
        List<DocumentedInformation> documents = at.objects(d.documents(), "documents", (dto, item) ->
                document(dto, item, requirements));
        if (!at.clean() || date == null || scale == null) {
            return null;
        }
        GapAssessmentBuilder b = GapAssessment.builder(requirements, catalog, date).scale(scale).documents(documents);
        return at.build(() -> {
            clauses.forEach((id, r) -> b.clause(id.toString(), r));
            controls.forEach((id, r) -> b.control(id.toString(), r));
            return b.build();
        });
    }

    /** {@return why an id is not a leaf clause of the requirement set, or null if it is one} */
    private static String clause(ControlId id, RequirementSet requirements) {
        if (requirements.find(id.toString()).isEmpty()) {
            return "must be a clause of requirement set " + Checks.quote(requirements.id()) + " but was '" + id + "'";
        }
        int children = requirements.children(id.toString()).size();
        return children == 0 ? null : "must be a leaf clause but '" + id + "' has " + children + " sub-clauses;"
                + " assess them instead";
    }

    private static MaturityScale scale(ScaleDto d, At at) {
        List<String> labels = at.names(d.labels(), "labels");
        if (!at.clean() || d.min() == null || d.max() == null) {
            return null;
        }
        return at.build(() -> new MaturityScale(d.min(), d.max(), labels));
    }

    /** What the items of one list may be: {@code unknown} says why an id is not assessable, or null. */
    private record Items(Function<ControlId, String> unknown, Predicate<Conformity> allowed) {
    }

    private static Map<ControlId, AssessmentResult> results(List<ResultDto> dtos, At list, MaturityScale scale,
            Items items) {
        Map<ControlId, AssessmentResult> out = new LinkedHashMap<>();
        Map<ControlId, At> seen = new HashMap<>();
        List<ResultDto> all = Dtos.orEmpty(dtos);
        for (int i = 0; i < all.size(); i++) {
            At item = list.index(i);
            ResultDto d = all.get(i);
            ControlId id = d == null ? null : item.controlId(d.id(), "id");
            String problem = id == null ? null : items.unknown().apply(id);
            if (problem != null) {
                item.field("id").add(problem);
            } else if (id != null && seen.containsKey(id)) {
                item.field("id").add("duplicate id '" + id + "' (first at " + seen.get(id).pointer() + ")");
            } else if (id != null) {
                seen.put(id, item.field("id"));
                AssessmentResult r = ResultMapping.toResult(d, item, scale, items.allowed());
                if (r != null) {
                    out.put(id, r);
                }
            }
        }
        return out;
    }

    private static DocumentedInformation document(DocumentDto d, At at, RequirementSet requirements) {
        ControlId clause = at.controlId(d.clause(), "clause");
        String title = at.name(d.title(), "title");
        String owner = at.name(d.owner(), "owner");
        LocalDate next = at.date(d.nextReview(), "nextReview");
        if (clause != null && requirements.find(clause.toString()).isEmpty()) {
            at.field("clause").add("must be a clause of requirement set " + Checks.quote(requirements.id())
                    + " but was '" + clause + "'");
        }
        if (!at.clean() || clause == null || title == null || owner == null || next == null) {
            return null;
        }
        return at.build(() -> new DocumentedInformation(clause, title, owner, next));
    }
}
