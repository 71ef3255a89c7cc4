// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.Evidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

// Maps dev.isms.core.Evidence, cited by applied controls, SoA entries, assessment results and asset disposals.
final class EvidenceMapping {
    private EvidenceMapping() {
    }

    static EvidenceDto toDto(Evidence e) {
        return new EvidenceDto(e.what(), e.where(), Dtos.day(e.date()), Dtos.day(e.expiry()));
    }

    static List<EvidenceDto> toDtos(List<Evidence> all) {
        return Dtos.list(all, EvidenceMapping::toDto);
    }

    /** {@return the evidence}, or null after reporting its problems at their pointers */
    static Evidence toEvidence(EvidenceDto d, At at) {
        String what = at.name(d.what(), "what");
        String where = at.name(d.where(), "where");
        LocalDate date = at.date(d.date(), "date");
        LocalDate expiry = at.date(d.expiry(), "expiry");
        if (!at.clean() || what == null || where == null || date == null) {
            return null;
        }
        if (expiry != null && expiry.isBefore(date)) {
            at.field("expiry").add("must not be before the evidence's date " + date + " but was " + expiry);
            return null;
        }
        return at.build(() -> new Evidence(what, where, date, Optional.ofNullable(expiry)));
    }

    /** {@return the evidence of a list member, in order}; problems and repeats are reported at their pointers */
    static List<Evidence> toList(List<EvidenceDto> dtos, At at, String member) {
        return at.objects(dtos, member, EvidenceMapping::toEvidence);
    }
}
