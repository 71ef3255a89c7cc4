// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.Catalog;
import dev.isms.core.ControlId;
import dev.isms.core.Evidence;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.Applicability;
import dev.isms.core.soa.Approval;
import dev.isms.core.soa.Implementation;
import dev.isms.core.soa.ImplementationStatus;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// Maps dev.isms.core.soa.StatementOfApplicability and back. Entries name controls of the catalogue the reader is
// given; a control of another catalogue, or listed twice, is reported at its entry.
final class SoaMapping {
    static final String FORMAT = "isms-soa";

    private SoaMapping() {
    }

    static SoaDto toDto(StatementOfApplicability soa) {
        List<SoaEntryDto> entries = new ArrayList<>();
        for (SoaEntry e : soa.entries()) {
            Implementation i = e.implementation();
            entries.add(new SoaEntryDto(e.control().toString(), e.applicability().key(), Dtos.list(e.reasons(),
                    InclusionReason::key), e.justification().orElse(null), new ImplementationDto(i.status().key(),
                    Dtos.strings(i.appliedControls()), i.reason().orElse(null)), e.owner().orElse(null),
                    EvidenceMapping.toDtos(e.evidence()), Dtos.strings(e.risks()), Dtos.strings(e.requirements())));
        }
        return new SoaDto(soa.catalogId(), soa.version(), Dtos.day(soa.date()), soa.approval().map(a ->
                new ApprovalDto(a.approvedBy(), Dtos.day(a.date()))).orElse(null), entries);
    }

    /** {@return the statement}, or null after reporting every problem */
    static StatementOfApplicability toSoa(SoaDto d, At at, Catalog catalog) {
        CatalogRefs.same(at, d.catalog(), "catalog", catalog.id(), "catalogue");
        String version = at.name(d.version(), "version");
        LocalDate date = at.date(d.date(), "date");
        Approval approval = d.approval() == null ? null : approval(d.approval(), at.field("approval"));
        List<SoaEntry> entries = entries(Dtos.orEmpty(d.entries()), at.field("entries"), catalog);
        if (!at.clean() || version == null || date == null) {
            return null;
        }
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(catalog, version, date).entries(entries);
        if (approval != null) {
            b.approval(approval);
        }
        return (approval == null ? at : at.field("approval")).build(b::build);
    }

    private static Approval approval(ApprovalDto d, At at) {
        String by = at.name(d.approvedBy(), "approvedBy");
        LocalDate date = at.date(d.date(), "date");
        return by == null || date == null ? null : at.build(() -> new Approval(by, date));
    }

    private static List<SoaEntry> entries(List<SoaEntryDto> dtos, At list, Catalog catalog) {
        List<SoaEntry> out = new ArrayList<>();
        Map<ControlId, At> seen = new HashMap<>();
        for (int i = 0; i < dtos.size(); i++) {
            At item = list.index(i);
            SoaEntryDto d = dtos.get(i);
            ControlId id = d == null ? null : item.controlId(d.control(), "control");
            if (id != null && !catalog.contains(id)) {
                item.field("control").add("must be a control of catalogue " + Checks.quote(catalog.id())
                        + " but was " + Checks.quote(d.control()));
            } else if (id != null && seen.containsKey(id)) {
                item.field("control").add("duplicate control " + Checks.quote(d.control()) + " (first at "
                        + seen.get(id).pointer() + ")");
            } else if (id != null) {
                seen.put(id, item.field("control"));
                SoaEntry e = entry(d, id, item);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static SoaEntry entry(SoaEntryDto d, ControlId control, At at) {
        Applicability applicability = at.key(Applicability.class, d.applicability(), "applicability");
        List<InclusionReason> reasons = at.keys(InclusionReason.class, d.reasons(), "reasons");
        String justification = at.text(d.justification(), "justification");
        Implementation implementation = d.implementation() == null ? Implementation.notImplemented()
                : implementation(d.implementation(), at.field("implementation"));
        String owner = at.name(d.owner(), "owner");
        List<Evidence> evidence = EvidenceMapping.toList(d.evidence(), at, "evidence");
        List<String> risks = at.names(d.risks(), "risks");
        List<String> requirements = at.names(d.requirements(), "requirements");
        if (!at.clean() || applicability == null || implementation == null) {
            return null;
        }
        EnumSet<InclusionReason> why = EnumSet.noneOf(InclusionReason.class);
        why.addAll(reasons);
        return at.build(() -> new SoaEntry(control, applicability, why, Optional.ofNullable(justification),
                implementation, Optional.ofNullable(owner), evidence, risks, requirements));
    }

    private static Implementation implementation(ImplementationDto d, At at) {
        ImplementationStatus status = at.key(ImplementationStatus.class, d.status(), "status");
        List<String> applied = at.names(d.appliedControls(), "appliedControls");
        String reason = at.text(d.reason(), "reason");
        if (status == null || !at.clean()) {
            return null;
        }
        return at.build(() -> new Implementation(status, applied, Optional.ofNullable(reason)));
    }
}
