// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import dev.isms.catalog.Standard;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

// Maps a standards-register DTO onto dev.isms.catalog.Standard values, each problem at its pointer.
final class StandardsMapping {
    static final String FORMAT = "isms-standards";

    private StandardsMapping() {
    }

    /** {@return the standards in register order}, or throws listing every problem found here and before */
    static List<Standard> toStandards(StandardsDto dto, Problems problems) {
        Fields.oneLine(dto.id(), "/id", problems);
        Fields.metadata(dto.metadata(), problems);
        List<Standard> out = new ArrayList<>();
        List<StandardDto> all = dto.standards() == null ? List.of() : dto.standards();
        for (int i = 0; i < all.size(); i++) {
            StandardDto s = all.get(i);
            if (s != null) {
                Standard standard = standard(s, Pointers.index("/standards", i), problems);
                if (standard != null) {
                    out.add(standard);
                }
            }
        }
        problems.throwIfAny();
        return Collections.unmodifiableList(out);
    }

    private static Standard standard(StandardDto s, String at, Problems problems) {
        int before = problems.size();
        Fields.oneLine(s.title(), Pointers.field(at, "title"), problems);
        Fields.oneLine(s.kind(), Pointers.field(at, "kind"), problems);
        Fields.freeText(s.note(), Pointers.field(at, "note"), problems);
        if (s.publisher() != null && !s.publisher().equals("ISO/IEC") && !s.publisher().equals("ISO")) {
            problems.add(Pointers.field(at, "publisher"), "must be ISO/IEC or ISO but was "
                    + Checks.quote(s.publisher()));
        }
        if (s.prefix() != null && !s.prefix().equals("TS") && !s.prefix().equals("TR")) {
            problems.add(Pointers.field(at, "prefix"), "must be TS or TR but was " + Checks.quote(s.prefix()));
        }
        if (problems.size() > before || s.number() == null || s.edition() == null || s.title() == null
                || s.kind() == null || !inRange(s)) {
            return null;
        }
        Standard.Builder b = Standard.builder(s.number(), s.edition(), s.title(), s.kind())
                .publisher(s.publisher() == null ? "ISO/IEC" : s.publisher());
        if (s.part() != null) {
            b.part(s.part());
        }
        if (s.prefix() != null) {
            b.prefix(s.prefix());
        }
        if (s.note() != null) {
            b.note(s.note());
        }
        return Builds.build(b::build, at, problems);
    }

    /** Bean Validation reports out-of-range numbers; such entries are not built. */
    private static boolean inRange(StandardDto s) {
        return s.number() >= 1 && s.number() <= 99_999 && s.edition() >= 1900 && s.edition() <= 2999
                && (s.part() == null || (s.part() >= 1 && s.part() <= 99));
    }
}
