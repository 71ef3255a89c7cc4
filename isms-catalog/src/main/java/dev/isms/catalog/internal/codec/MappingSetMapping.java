// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.core.ControlId;
import dev.isms.core.TextParseException;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// Maps a mapping-set DTO onto dev.isms.core.mapping.MappingSet, collecting every problem, and back.
final class MappingSetMapping {
    static final String FORMAT = "isms-mapping";

    private MappingSetMapping() {
    }

    /** {@return the mapping set}, or throws listing every problem found here and before */
    static MappingSet toMappingSet(MappingSetDto dto, Problems problems) {
        Fields.oneLine(dto.id(), "/id", problems);
        Fields.oneLine(dto.sourceCatalog(), "/sourceCatalog", problems);
        Fields.oneLine(dto.targetCatalog(), "/targetCatalog", problems);
        Fields.metadata(dto.metadata(), problems);
        List<Mapping> mappings = new ArrayList<>();
        Map<List<ControlId>, String> seen = new HashMap<>();
        List<MappingDto> all = dto.mappings() == null ? List.of() : dto.mappings();
        for (int i = 0; i < all.size(); i++) {
            MappingDto m = all.get(i);
            String at = Pointers.index("/mappings", i);
            Mapping mapping = m == null ? null : mapping(m, at, problems);
            if (mapping != null) {
                String first = seen.putIfAbsent(List.of(mapping.sourceId(), mapping.targetId()), at);
                if (first != null) {
                    problems.add(at, "duplicate mapping " + mapping.sourceId() + " -> " + mapping.targetId()
                            + " (first at " + first + ")");
                } else {
                    mappings.add(mapping);
                }
            }
        }
        Map<String, String> metadata = dto.metadata() == null ? Map.of() : dto.metadata();
        return Builds.document(() -> MappingSet.of(dto.id(), dto.sourceCatalog(), dto.targetCatalog(), metadata,
                mappings), problems);
    }

    private static Mapping mapping(MappingDto m, String at, Problems problems) {
        int before = problems.size();
        ControlId source = Builds.controlId(m.source(), Pointers.field(at, "source"), problems);
        ControlId target = Builds.controlId(m.target(), Pointers.field(at, "target"), problems);
        Relationship relationship = null;
        if (m.relationship() != null) {
            try {
                relationship = Relationship.parse(m.relationship());
            } catch (TextParseException e) {
                problems.add(Pointers.field(at, "relationship"), e.getMessage());
            }
        }
        Rationale rationale = null;
        if (m.rationale() != null) {
            try {
                rationale = Rationale.parse(m.rationale());
            } catch (TextParseException e) {
                problems.add(Pointers.field(at, "rationale"), e.getMessage());
            }
        }
        boolean strengthOk = m.strength() == null || (m.strength() >= 0 && m.strength() <= Mapping.MAX_STRENGTH);
        if (problems.size() > before || source == null || target == null || relationship == null || !strengthOk) {
            return null;
        }
        Mapping mapping = Mapping.of(source, target, relationship);
        mapping = rationale == null ? mapping : mapping.withRationale(rationale);
        return m.strength() == null ? mapping : mapping.withStrength(m.strength());
    }

    /** {@return the DTO of a mapping set, ready to write} */
    static MappingSetDto fromMappingSet(MappingSet set) {
        List<MappingDto> rows = new ArrayList<>();
        for (Mapping m : set.mappings()) {
            rows.add(new MappingDto(m.sourceId().toString(), m.targetId().toString(), m.relationship().key(),
                    m.rationale().map(Rationale::key).orElse(null),
                    m.strength().isPresent() ? m.strength().getAsInt() : null));
        }
        return new MappingSetDto(FORMAT, DocumentReader.FORMAT_VERSION, set.id(), set.sourceCatalogId(),
                set.targetCatalogId(), new LinkedHashMap<>(set.metadata()), rows);
    }
}
