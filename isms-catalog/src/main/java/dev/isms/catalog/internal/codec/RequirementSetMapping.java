// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.ControlId;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// Maps a requirements DTO onto dev.isms.core.requirement.RequirementSet, collecting every problem, and back.
final class RequirementSetMapping {
    static final String FORMAT = "isms-requirements";

    private RequirementSetMapping() {
    }

    /** {@return the requirement set}, or throws listing every problem found here and before */
    static RequirementSet toRequirementSet(RequirementSetDto dto, Problems problems) {
        Fields.oneLine(dto.id(), "/id", problems);
        Fields.oneLine(dto.title(), "/title", problems);
        Fields.oneLine(dto.edition(), "/edition", problems);
        Fields.metadata(dto.metadata(), problems);
        List<Requirement> requirements = new ArrayList<>();
        Map<ControlId, String> seen = new HashMap<>();
        List<RequirementDto> all = dto.requirements() == null ? List.of() : dto.requirements();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != null) {
                Requirement r = requirement(all.get(i), Pointers.index("/requirements", i), seen, problems);
                if (r != null) {
                    requirements.add(r);
                }
            }
        }
        Map<String, String> metadata = dto.metadata() == null ? Map.of() : dto.metadata();
        return Builds.document(() -> RequirementSet.of(dto.id(), dto.title(), dto.edition(), metadata,
                requirements), problems);
    }

    private static Requirement requirement(RequirementDto r, String at, Map<ControlId, String> seen,
            Problems problems) {
        int before = problems.size();
        ControlId id = Builds.controlId(r.id(), Pointers.field(at, "id"), problems);
        ControlId parent = Builds.controlId(r.parent(), Pointers.field(at, "parent"), problems);
        if (id != null && seen.containsKey(id)) {
            problems.add(Pointers.field(at, "id"), "duplicate clause id '" + id + "' (first at " + seen.get(id)
                    + ")");
        }
        if (id != null && parent != null && (!seen.containsKey(parent) || !id.startsWith(parent)
                || parent.equals(id))) {
            problems.add(Pointers.field(at, "parent"), "parent must be a clause listed before " + id
                    + " whose id is a prefix of it, but was '" + parent + "'");
        }
        if (id != null) {
            seen.putIfAbsent(id, Pointers.field(at, "id"));
        }
        Fields.oneLine(r.title(), Pointers.field(at, "title"), problems);
        Fields.freeText(r.documentedInformationNote(), Pointers.field(at, "documentedInformationNote"), problems);
        Fields.freeText(r.amendment(), Pointers.field(at, "amendment"), problems);
        if (problems.size() > before || id == null || r.title() == null || r.documentedInformation() == null) {
            return null;
        }
        Requirement.Builder b = Requirement.builder(id, r.title()).documentedInformation(r.documentedInformation());
        if (parent != null) {
            b.parent(parent);
        }
        if (r.documentedInformationNote() != null) {
            b.documentedInformationNote(r.documentedInformationNote());
        }
        if (r.amendment() != null) {
            b.amendment(r.amendment());
        }
        return Builds.build(b::build, at, problems);
    }

    /** {@return the DTO of a requirement set, ready to write} */
    static RequirementSetDto fromRequirementSet(RequirementSet set) {
        List<RequirementDto> rows = new ArrayList<>();
        for (Requirement r : set.requirements()) {
            rows.add(new RequirementDto(r.id().toString(), r.title(), r.parent().map(ControlId::toString)
                    .orElse(null), r.documentedInformation(), r.documentedInformationNote().orElse(null),
                    r.amendment().orElse(null)));
        }
        return new RequirementSetDto(FORMAT, DocumentReader.FORMAT_VERSION, set.id(), set.title(), set.edition(),
                new LinkedHashMap<>(set.metadata()), rows);
    }
}
