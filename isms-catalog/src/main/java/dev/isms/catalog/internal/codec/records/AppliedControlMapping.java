// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// Maps dev.isms.core.applied.AppliedControlSet ("appliedControls": an array of applied controls) and back.
final class AppliedControlMapping {
    static final String FORMAT = "isms-applied-controls";

    private AppliedControlMapping() {
    }

    static List<AppliedControlDto> toDtos(AppliedControlSet set) {
        List<AppliedControlDto> out = new ArrayList<>();
        for (AppliedControl a : set.controls()) {
            out.add(new AppliedControlDto(a.id(), a.name(), Dtos.strings(a.controls()), a.owner().orElse(null),
                    a.status().key(), Dtos.day(a.due()), EvidenceMapping.toDtos(a.evidence()),
                    Dtos.strings(a.risks())));
        }
        return out;
    }

    /** {@return the set}, or null after reporting every problem of the member {@code member} of {@code at} */
    static AppliedControlSet toSet(List<AppliedControlDto> dtos, At at, String member) {
        At list = at.field(member);
        Map<String, At> seen = new HashMap<>();
        List<AppliedControl> all = at.objects(dtos, member, (d, item) -> item.unique(toAppliedControl(d, item),
                d.id(), "applied control", seen));
        return list.clean() ? list.build(() -> AppliedControlSet.of(all)) : null;
    }

    private static AppliedControl toAppliedControl(AppliedControlDto d, At at) {
        String id = at.name(d.id(), "id");
        String name = at.name(d.name(), "name");
        List<ControlRef> controls = at.refs(d.controls(), "controls");
        String owner = at.name(d.owner(), "owner");
        AppliedControlStatus status = at.key(AppliedControlStatus.class, d.status(), "status");
        LocalDate due = at.date(d.due(), "due");
        List<Evidence> evidence = EvidenceMapping.toList(d.evidence(), at, "evidence");
        List<String> risks = at.names(d.risks(), "risks");
        if (!at.clean() || id == null || name == null || status == null) {
            return null;
        }
        return at.build(() -> new AppliedControl(id, name, controls, Optional.ofNullable(owner), status,
                Optional.ofNullable(due), evidence, risks));
    }
}
