// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.catalog.internal.codec.records.Dtos;
import dev.isms.catalog.internal.codec.records.Keys;
import dev.isms.core.TextParseException;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskSource;
import dev.isms.risk.Threat;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskTreatment;
import dev.isms.risk.register.TreatmentOption;
import dev.isms.risk.register.TreatmentStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

// Maps the small records of a register, threats, vulnerabilities (the CVSS vector parsed on reading, reported at
// its pointer), risk sources, treatments and acceptances, to their DTOs and back.
final class RecordMapping {
    static final Part.Key<ThreatDto> THREAT = new Part.Key<>("id", "threat id", ThreatDto::id);
    static final Part.Key<VulnerabilityDto> VULNERABILITY = new Part.Key<>("id", "vulnerability id",
            VulnerabilityDto::id);
    static final Part.Key<SourceDto> SOURCE = new Part.Key<>("id", "risk source id", SourceDto::id);
    static final Part.Key<ScenarioDto> SCENARIO = new Part.Key<>("id", "scenario id", ScenarioDto::id);
    static final Part.Key<TreatmentDto> TREATMENT = new Part.Key<>("id", "treatment id", TreatmentDto::id);
    static final Part.Key<AcceptanceDto> ACCEPTANCE = new Part.Key<>("scenarioId", "acceptance of scenario",
            AcceptanceDto::scenarioId);

    private RecordMapping() {
    }

    static ThreatDto toDto(Threat t) {
        return new ThreatDto(t.id(), t.name(), t.category().orElse(null));
    }

    static Threat toThreat(ThreatDto d, At at) {
        String id = at.name(d.id(), "id");
        String name = at.name(d.name(), "name");
        String category = at.name(d.category(), "category");
        return id == null || name == null || !at.clean() ? null : at.build(() -> new Threat(id, name,
                Optional.ofNullable(category)));
    }

    static VulnerabilityDto toDto(Vulnerability v) {
        return new VulnerabilityDto(v.id(), v.name(), v.cvss().map(Cvss::vector).orElse(null));
    }

    static Vulnerability toVulnerability(VulnerabilityDto d, At at) {
        String id = at.name(d.id(), "id");
        String name = at.name(d.name(), "name");
        Cvss cvss = null;
        if (d.cvss() != null) {
            try {
                cvss = Cvss.parse(d.cvss());
            } catch (TextParseException e) {
                at.field("cvss").add(e.getMessage());
            }
        }
        Optional<Cvss> vector = Optional.ofNullable(cvss);
        return id == null || name == null || !at.clean() ? null : at.build(() -> new Vulnerability(id, name, vector));
    }

    static SourceDto toDto(RiskSource s) {
        return new SourceDto(s.id(), s.name(), s.kind().orElse(null));
    }

    static RiskSource toSource(SourceDto d, At at) {
        String id = at.name(d.id(), "id");
        String name = at.name(d.name(), "name");
        String kind = at.name(d.kind(), "kind");
        return id == null || name == null || !at.clean() ? null : at.build(() -> new RiskSource(id, name,
                Optional.ofNullable(kind)));
    }

    static TreatmentDto toDto(RiskTreatment t) {
        return new TreatmentDto(t.id(), t.scenarioId(), Keys.key(t.option()), EffectMapping.toDtos(t.controls()),
                t.owner().orElse(null), Dtos.day(t.due()), Keys.key(t.status()), Dtos.strings(t.appliedControls()));
    }

    static RiskTreatment toTreatment(TreatmentDto d, At at, ControlCheck controls) {
        String id = at.name(d.id(), "id");
        String scenario = at.name(d.scenarioId(), "scenarioId");
        TreatmentOption option = at.key(TreatmentOption.class, d.option(), "option");
        List<ControlEffect> effects = EffectMapping.toEffects(d.controls(), at, "controls", controls);
        String owner = at.name(d.owner(), "owner");
        LocalDate due = at.date(d.due(), "due");
        TreatmentStatus status = at.key(TreatmentStatus.class, d.status(), "status");
        List<String> applied = at.names(d.appliedControls(), "appliedControls");
        if (!at.clean() || id == null || scenario == null || option == null || status == null) {
            return null;
        }
        return at.build(() -> new RiskTreatment(id, scenario, option, effects, Optional.ofNullable(owner),
                Optional.ofNullable(due), status, applied));
    }

    static AcceptanceDto toDto(RiskAcceptance a) {
        return new AcceptanceDto(a.scenarioId(), a.acceptedBy(), Dtos.day(a.acceptedOn()), a.justification(),
                Dtos.day(a.expiresOn()));
    }

    static RiskAcceptance toAcceptance(AcceptanceDto d, At at) {
        String scenario = at.name(d.scenarioId(), "scenarioId");
        String by = at.name(d.acceptedBy(), "acceptedBy");
        LocalDate on = at.date(d.acceptedOn(), "acceptedOn");
        String justification = at.text(d.justification(), "justification");
        LocalDate expires = at.date(d.expiresOn(), "expiresOn");
        if (on != null && expires != null && !expires.isAfter(on)) {
            at.field("expiresOn").add("must be after acceptedOn " + on + " but was " + expires);
        }
        if (!at.clean() || scenario == null || by == null || on == null || justification == null) {
            return null;
        }
        return at.build(() -> new RiskAcceptance(scenario, by, on, justification, Optional.ofNullable(expires)));
    }
}
