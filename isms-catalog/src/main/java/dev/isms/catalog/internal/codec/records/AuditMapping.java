// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.audit.Audit;
import dev.isms.core.audit.AuditProgramme;
import dev.isms.core.audit.AuditScope;
import dev.isms.core.audit.Auditor;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

// Maps dev.isms.core.audit.FindingRegister (the audit programme with its audits, the findings and the corrective
// actions) and back; findings and actions are FindingMapping's.
final class AuditMapping {
    static final String FORMAT = "isms-audits";

    private AuditMapping() {
    }

    static AuditsDto toDto(FindingRegister r) {
        AuditProgramme p = r.programme();
        List<AuditDto> audits = new ArrayList<>();
        for (Audit a : p.audits()) {
            AuditScope s = a.scope();
            audits.add(new AuditDto(a.id(), new ScopeDto(Dtos.strings(s.areas()), Dtos.strings(s.clauses()),
                    Dtos.strings(s.controls())), a.criteria(), Dtos.day(a.start()), Dtos.day(a.end()), Dtos.list(
                    a.auditors(), x -> new AuditorDto(x.name(), Dtos.strings(x.ownAreas())))));
        }
        ProgrammeDto programme = new ProgrammeDto(p.id(), Dtos.day(p.cycleStart()), Dtos.day(p.cycleEnd()), audits);
        return new AuditsDto(programme, Dtos.list(r.findings(), FindingMapping::toDto),
                Dtos.list(r.actions(), FindingMapping::toDto));
    }

    /**
     * {@return the register}, or null after reporting every problem. Findings and actions are checked against the
     * audits and findings as written, so that their problems are reported even when an audit has one.
     */
    static FindingRegister toRegister(AuditsDto d, At at) {
        AuditProgramme programme = d.programme() == null ? null : programme(d.programme(), at.field("programme"));
        Map<String, LocalDate> starts = new HashMap<>();
        String programmeId = d.programme() == null ? "" : d.programme().id();
        for (AuditDto a : d.programme() == null ? List.<AuditDto>of() : Dtos.orEmpty(d.programme().audits())) {
            if (a != null && a.id() != null) {
                starts.put(a.id(), a.start() == null ? null : Dtos.parseDay(a.start()));
            }
        }
        Map<String, At> seen = new HashMap<>();
        Map<String, String> grades = new HashMap<>();
        List<Finding> findings = at.objects(d.findings(), "findings", (f, item) -> {
            grades.putIfAbsent(f.id(), f.grade());
            return item.unique(FindingMapping.toFinding(f, item, programmeId, starts), f.id(), "finding", seen);
        });
        Map<String, At> actionIds = new HashMap<>();
        List<CorrectiveAction> actions = at.objects(d.correctiveActions(), "correctiveActions", (a, item) ->
                item.unique(FindingMapping.toAction(a, item, grades), a.id(), "corrective action", actionIds));
        if (!at.clean() || programme == null) {
            return null;
        }
        return at.build(() -> FindingRegister.of(programme, findings, actions));
    }

    private static AuditProgramme programme(ProgrammeDto d, At at) {
        String id = at.name(d.id(), "id");
        LocalDate start = at.date(d.cycleStart(), "cycleStart");
        LocalDate end = at.date(d.cycleEnd(), "cycleEnd");
        Map<String, At> seen = new HashMap<>();
        List<Audit> audits = at.objects(d.audits(), "audits", (a, item) -> item.unique(audit(a, item, start, end),
                a.id(), "audit", seen));
        if (!at.clean() || id == null || start == null || end == null) {
            return null;
        }
        return at.build(() -> new AuditProgramme(id, start, end, audits));
    }

    private static Audit audit(AuditDto d, At at, LocalDate cycleStart, LocalDate cycleEnd) {
        String id = at.name(d.id(), "id");
        AuditScope scope = d.scope() == null ? null : scope(d.scope(), at.field("scope"));
        List<String> criteria = at.names(d.criteria(), "criteria");
        LocalDate start = at.date(d.start(), "start");
        LocalDate end = at.date(d.end(), "end");
        List<Auditor> auditors = at.objects(d.auditors(), "auditors", AuditMapping::auditor);
        if (start != null && end != null && cycleStart != null && cycleEnd != null
                && (start.isBefore(cycleStart) || end.isAfter(cycleEnd))) {
            at.field("start").add("the audit must lie within the programme's cycle " + cycleStart + ".." + cycleEnd
                    + " but was " + start + ".." + end);
        }
        if (!at.clean() || id == null || scope == null || start == null || end == null) {
            return null;
        }
        return at.build(() -> new Audit(id, scope, criteria, start, end, auditors));
    }

    private static AuditScope scope(ScopeDto d, At at) {
        List<String> areas = at.names(d.areas(), "areas");
        List<ControlId> clauses = at.ids(d.clauses(), "clauses");
        List<ControlRef> controls = at.refs(d.controls(), "controls");
        if (!at.clean()) {
            return null;
        }
        return at.build(() -> new AuditScope(new LinkedHashSet<>(areas), new LinkedHashSet<>(clauses),
                new LinkedHashSet<>(controls)));
    }

    private static Auditor auditor(AuditorDto d, At at) {
        String name = at.name(d.name(), "name");
        List<String> areas = at.names(d.ownAreas(), "ownAreas");
        return !at.clean() || name == null ? null : at.build(() -> new Auditor(name, new LinkedHashSet<>(areas)));
    }
}
