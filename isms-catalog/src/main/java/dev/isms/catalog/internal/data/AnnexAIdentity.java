// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the identity of ISO/IEC 27001:2022 Annex A and ISO/IEC 27002:2022 from the catalogue itself, since it is a
 * rule, not data: Annex A control {@code A.5.15} is control {@code 5.15} (ISO/IEC 27001:2022 Annex A lists the
 * controls "directly derived from and aligned with" ISO/IEC 27002:2022 clauses 5 to 8, with the same numbers).
 */
final class AnnexAIdentity {
    private AnnexAIdentity() {
    }

    static MappingSet of(Catalog iso27002) {
        List<Mapping> rows = new ArrayList<>(iso27002.size());
        for (Control c : iso27002.controls()) {
            rows.add(Mapping.of(ControlId.parse("A.".concat(c.id().toString())), c.id(), Relationship.EQUAL)
                    .withRationale(Rationale.SYNTACTIC));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("provider", "isms, from the numbering rule of ISO/IEC 27001:2022 Annex A (Table A.1)");
        meta.put("credit", "ids only: Annex A control A.x.y is control x.y of ISO/IEC 27002:2022, whose control"
                + " statements Annex A repeats; no text of either standard");
        meta.put("relationship", "every row equal, rationale syntactic");
        meta.put("sourceIds", "Annex A controls as NIST's crosswalks name them (A.5.15), in catalogue iso27001:2022");
        meta.put("contentVersion", "1");
        return MappingSet.of(BuiltIns.MAPPING_ANNEX_A_ID, "iso27001:2022", iso27002.id(), meta, rows);
    }
}
