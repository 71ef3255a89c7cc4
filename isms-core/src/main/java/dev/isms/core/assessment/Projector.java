// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

// Resolves each mapping target to the assessment's leaf clauses or controls (directly or through the bridge) and
// builds one projected result per source control; the rules are documented on ProjectedAssessment.
final class Projector {
    private static final int NAMED = 5;

    private final GapAssessment assessment;
    private final MappingSet mapping;
    private final MappingSet bridge;
    private final List<ControlId> unresolved = new ArrayList<>();

    Projector(GapAssessment assessment, MappingSet mapping, MappingSet bridge) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.bridge = bridge;
        checkCatalogues();
    }

    private void checkCatalogues() {
        String target = mapping.targetCatalogId();
        String catalog = assessment.catalog().id();
        if (bridge == null && !target.equals(assessment.requirements().id()) && !target.equals(catalog)) {
            throw new IllegalArgumentException("projection mapping " + Checks.quote(mapping.id()) + " must target the"
                    + " assessment's requirement set " + Checks.quote(assessment.requirements().id())
                    + " or catalogue " + Checks.quote(catalog) + " (or come with a bridge to it) but targets "
                    + Checks.quote(target));
        }
        if (bridge != null && (!bridge.sourceCatalogId().equals(target) || !bridge.targetCatalogId().equals(catalog))) {
            throw new IllegalArgumentException("projection bridge " + Checks.quote(bridge.id()) + " must map "
                    + Checks.quote(target) + " to " + Checks.quote(catalog) + " but maps "
                    + Checks.quote(bridge.sourceCatalogId()) + " to " + Checks.quote(bridge.targetCatalogId()));
        }
    }

    ProjectedAssessment run() {
        Map<ControlId, List<ProjectedResult.Basis>> basis = new LinkedHashMap<>();
        for (Mapping m : mapping.mappings()) {
            List<ProjectedResult.Basis> items = basis.computeIfAbsent(m.sourceId(), k -> new ArrayList<>());
            if (m.relationship() != Relationship.NO_RELATIONSHIP) {
                reach(m, items);
            }
        }
        if (!unresolved.isEmpty()) {
            throw new IllegalArgumentException("projection mapping " + Checks.quote(mapping.id()) + " targets must"
                    + " each reach a clause of " + Checks.quote(assessment.requirements().id()) + " or a control of "
                    + Checks.quote(assessment.catalog().id()) + (bridge == null ? "" : " (through bridge "
                    + Checks.quote(bridge.id()) + ")") + " but " + unresolved.size() + " reach nothing: "
                    + unresolved.subList(0, Math.min(NAMED, unresolved.size())) + (unresolved.size() > NAMED
                    ? " ..." : ""));
        }
        Map<ControlId, ProjectedResult> out = new LinkedHashMap<>();
        basis.forEach((id, items) -> out.put(id, ProjectedResult.of(id, items)));
        return ProjectedAssessment.of(mapping, assessment, out);
    }

    private void reach(Mapping m, List<ProjectedResult.Basis> items) {
        boolean found = false;
        if (mapping.targetCatalogId().equals(assessment.requirements().id())) {
            found = clauses(m, items);
        }
        if (!found && mapping.targetCatalogId().equals(assessment.catalog().id())) {
            found = assessment.catalog().contains(m.targetId());
            if (found) {
                add(items, basis(Gap.Kind.CONTROL, m.targetId(), m, m.relationship()));
            }
        }
        if (!found && bridge != null) {
            for (Mapping b : bridge.fromSource(m.targetId())) {
                if (b.relationship() != Relationship.NO_RELATIONSHIP && assessment.catalog().contains(b.targetId())) {
                    add(items, basis(Gap.Kind.CONTROL, b.targetId(), m, m.relationship().andThen(b.relationship())));
                    found = true;
                }
            }
        }
        if (!found && !unresolved.contains(m.targetId())) {
            unresolved.add(m.targetId());
        }
    }

    private boolean clauses(Mapping m, List<ProjectedResult.Basis> items) {
        RequirementSet requirements = assessment.requirements();
        Optional<Requirement> clause = requirements.find(m.targetId());
        if (clause.isEmpty()) {
            return false;
        }
        for (ControlId leaf : leaves(requirements, m.targetId())) {
            add(items, basis(Gap.Kind.CLAUSE, leaf, m, m.relationship()));
        }
        return true;
    }

    private static List<ControlId> leaves(RequirementSet requirements, ControlId clause) {
        List<Requirement> children = requirements.children(clause.toString());
        if (children.isEmpty()) {
            return List.of(clause);
        }
        List<ControlId> out = new ArrayList<>();
        for (Requirement child : children) {
            out.addAll(leaves(requirements, child.id()));
        }
        return out;
    }

    private ProjectedResult.Basis basis(Gap.Kind kind, ControlId id, Mapping row, Relationship relationship) {
        AssessmentResult result = kind == Gap.Kind.CLAUSE ? assessment.clause(id) : assessment.control(id);
        return new ProjectedResult.Basis(kind, id, row.targetId(), relationship, result);
    }

    private static void add(List<ProjectedResult.Basis> items, ProjectedResult.Basis item) {
        for (ProjectedResult.Basis b : items) {
            if (b.kind() == item.kind() && b.id().equals(item.id())) {
                return;
            }
        }
        items.add(item);
    }
}
