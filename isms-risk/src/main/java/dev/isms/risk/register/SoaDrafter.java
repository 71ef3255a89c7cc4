// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.Catalog;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.Implementation;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import dev.isms.risk.ControlEffect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts a Statement of Applicability from a register's treatments and the applied controls treating its
 * scenarios, for {@link RiskRegister#draftSoa}: gathers every chosen control with its scenario ids first, then
 * includes each control once, so the work grows linearly with the treatments. Used by one thread for one draft.
 */
final class SoaDrafter {
    private final Catalog catalog;
    private final AppliedControlSet applied;
    private final Map<ControlId, Set<String>> chosen = new LinkedHashMap<>();
    private final Map<ControlRef, Set<String>> unplaced = new LinkedHashMap<>();
    private final Map<ControlRef, String> reasons = new HashMap<>();
    private final Map<ControlRef, List<ControlId>> bridges = new HashMap<>();
    private final Map<String, Set<String>> unknown = new LinkedHashMap<>();

    SoaDrafter(Catalog catalog, AppliedControlSet applied) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.applied = Objects.requireNonNull(applied, "applied");
    }

    /**
     * Places every treatment's controls and the controls its applied controls realise, then every applied control
     * treating a scenario of the register.
     */
    SoaDraft draft(RiskRegister register, String version, LocalDate date) {
        for (RiskTreatment t : register.treatments()) {
            if (t.status() != TreatmentStatus.CANCELLED) {
                for (ControlEffect e : t.controls()) {
                    place(e.control(), t.scenarioId());
                }
                placeApplied(t);
            }
        }
        for (AppliedControl a : applied.controls()) {
            if (a.status() == AppliedControlStatus.RETIRED) {
                continue;
            }
            for (String scenarioId : a.risks()) {
                if (register.scenario(scenarioId).isPresent()) {
                    for (ControlRef ref : a.controls()) {
                        place(ref, scenarioId);
                    }
                }
            }
        }
        return new SoaDraft(statement(version, date), unplacedControls(), unknownAppliedControls());
    }

    /** Places the controls realised by a treatment's (not retired) applied controls; records the ids not found. */
    private void placeApplied(RiskTreatment t) {
        for (String id : t.appliedControls()) {
            Optional<AppliedControl> a = applied.find(id);
            if (a.isEmpty()) {
                unknown.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(t.id());
            } else if (a.get().status() != AppliedControlStatus.RETIRED) {
                for (ControlRef ref : a.get().controls()) {
                    place(ref, t.scenarioId());
                }
            }
        }
    }

    private List<UnknownAppliedControl> unknownAppliedControls() {
        List<UnknownAppliedControl> out = new ArrayList<>(unknown.size());
        for (Map.Entry<String, Set<String>> e : unknown.entrySet()) {
            out.add(new UnknownAppliedControl(e.getKey(), List.copyOf(e.getValue())));
        }
        return out;
    }

    private StatementOfApplicability statement(String version, LocalDate date) {
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(catalog, version, date);
        for (Map.Entry<ControlId, Set<String>> e : chosen.entrySet()) {
            // Built whole with its derived status (which the statement's builder then finds unchanged), so each
            // entry's risk list is copied and checked once.
            b.entry(SoaEntry.builder(e.getKey()).include(InclusionReason.RISK_TREATMENT).risks(e.getValue())
                    .implementation(Implementation.derive(applied.realising(new ControlRef(catalog.id(), e.getKey()))))
                    .build());
        }
        return b.appliedControls(applied).build();
    }

    private List<UnplacedControl> unplacedControls() {
        List<UnplacedControl> out = new ArrayList<>(unplaced.size());
        for (Map.Entry<ControlRef, Set<String>> e : unplaced.entrySet()) {
            out.add(new UnplacedControl(e.getKey(), List.copyOf(e.getValue()), reasons.get(e.getKey())));
        }
        return out;
    }

    private void place(ControlRef ref, String scenarioId) {
        if (ref.catalogId().equals(catalog.id())) {
            if (catalog.contains(ref.controlId())) {
                choose(ref.controlId(), scenarioId);
            } else {
                unplace(ref, scenarioId, "catalogue " + Checks.quote(catalog.id()) + " has no control "
                        + Checks.quote(ref.controlId().toString()));
            }
            return;
        }
        List<ControlId> via = bridges.computeIfAbsent(ref, this::bridge);
        if (via.isEmpty()) {
            unplace(ref, scenarioId, "a control of catalogue " + Checks.quote(ref.catalogId())
                    + " that no applied control maps onto catalogue " + Checks.quote(catalog.id()));
        }
        for (ControlId id : via) {
            choose(id, scenarioId);
        }
    }

    /** The controls of this catalogue realised by the (not retired) applied controls realising a foreign control. */
    private List<ControlId> bridge(ControlRef foreign) {
        Set<ControlId> out = new LinkedHashSet<>();
        for (AppliedControl a : applied.realising(foreign)) {
            if (a.status() == AppliedControlStatus.RETIRED) {
                continue;
            }
            for (ControlRef r : a.controls()) {
                if (r.catalogId().equals(catalog.id()) && catalog.contains(r.controlId())) {
                    out.add(r.controlId());
                }
            }
        }
        return List.copyOf(out);
    }

    private void choose(ControlId id, String scenarioId) {
        chosen.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(scenarioId);
    }

    private void unplace(ControlRef ref, String scenarioId, String reason) {
        unplaced.computeIfAbsent(ref, k -> new LinkedHashSet<>()).add(scenarioId);
        reasons.putIfAbsent(ref, reason);
    }
}
