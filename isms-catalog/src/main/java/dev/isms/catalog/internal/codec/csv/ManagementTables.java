// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.csv;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.Evidence;
import dev.isms.core.assessment.Gap;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetHandling;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetState;
import dev.isms.core.audit.CorrectiveAction;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tables of the management-system exports: one row per SoA control, per gap, per asset, per finding. */
public final class ManagementTables {
    /** The columns of the Statement of Applicability export. */
    public static final List<String> SOA = List.of("control", "title", "applicability", "reasons", "justification",
            "implementation", "implementationReason", "appliedControls", "owner", "evidence", "risks", "requirements");
    /** The columns of the gap list. */
    public static final List<String> GAPS = List.of("rank", "kind", "id", "title", "conformity", "maturity", "weight",
            "notes", "appliedControls", "evidence");
    /** The columns of the asset inventory. */
    public static final List<String> ASSETS = List.of("id", "name", "type", "owner", "classification", "values",
            "label", "acceptableUse", "location", "place", "custodian", "maintenanceInterval", "state", "since",
            "erasureEvidence");
    /** The columns of the audit findings. */
    public static final List<String> FINDINGS = List.of("id", "audit", "date", "grade", "subject", "statement",
            "correctiveActions", "actionStates", "actionOwners", "actionDue");

    private ManagementTables() {
    }

    /**
     * {@return one row per control of the statement, in catalogue order; titles from the catalogue}
     *
     * @param soa the statement
     * @param catalog its catalogue
     */
    public static Table soa(StatementOfApplicability soa, Catalog catalog) {
        Table t = new Table(SOA);
        for (SoaEntry e : soa.entries()) {
            List<String> reasons = new ArrayList<>();
            for (InclusionReason r : e.reasons()) {
                reasons.add(r.key());
            }
            t.row(e.control(), catalog.find(e.control()).map(Control::title).orElse(""), e.applicability().key(),
                    reasons, e.justification().orElse(null), e.implementation().status().key(),
                    e.implementation().reason().orElse(null), e.implementation().appliedControls(),
                    e.owner().orElse(null), evidence(e.evidence()), e.risks(), e.requirements());
        }
        return t;
    }

    /**
     * {@return the gaps in priority order, ranked from 1}
     *
     * @param assessment the assessment
     */
    public static Table gaps(GapAssessment assessment) {
        Table t = new Table(GAPS);
        int rank = 1;
        for (Gap g : assessment.gaps()) {
            t.row(rank++, g.kind().name().toLowerCase(Locale.ROOT), g.id(), g.title(), g.result().conformity().key(),
                    g.result().maturity().isPresent() ? g.result().maturity().getAsInt() : null, g.result().weight(),
                    g.result().notes().orElse(null), g.result().appliedControls(), evidence(g.result().evidence()));
        }
        return t;
    }

    /**
     * {@return one row per asset, with its handling and current lifecycle state}
     *
     * @param inventory the inventory
     */
    public static Table assets(AssetInventory inventory) {
        Table t = new Table(ASSETS);
        for (Asset a : inventory.assets()) {
            List<String> values = new ArrayList<>();
            a.values().forEach((k, v) -> values.add(k.id() + "=" + v));
            AssetHandling h = a.handling();
            t.row(a.id(), a.name(), a.type().key(), a.owner().orElse(null), a.classification().orElse(null), values,
                    h.label().orElse(null), h.acceptableUse().orElse(null), h.location().map(l -> l.kind().name()
                            .toLowerCase(Locale.ROOT).replace('_', '-')).orElse(null),
                    h.location().map(l -> l.place()).orElse(null), h.custodian().orElse(null),
                    h.maintenanceInterval().orElse(null), a.state().map(AssetState::key).orElse(null),
                    a.lifecycle().since().orElse(null), evidence(a.lifecycle().erasureEvidence().stream().toList()));
        }
        return t;
    }

    /**
     * {@return one row per finding, with its corrective actions and their states}
     *
     * @param register the findings and actions
     */
    public static Table findings(FindingRegister register) {
        Table t = new Table(FINDINGS);
        for (Finding f : register.findings()) {
            List<String> ids = new ArrayList<>();
            List<String> states = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            List<LocalDate> due = new ArrayList<>();
            for (CorrectiveAction c : register.actions()) {
                if (c.findingId().equals(f.id())) {
                    ids.add(c.id());
                    states.add(c.state().key());
                    owners.add(c.owner());
                    due.add(c.due());
                }
            }
            t.row(f.id(), f.auditId(), f.date(), f.grade().key(), f.subject().describe(), f.statement(), ids, states,
                    owners, due);
        }
        return t;
    }

    /** {@return each evidence as {@code what (where, date)} or {@code what (where, date to expiry)}} */
    private static List<String> evidence(List<Evidence> all) {
        List<String> out = new ArrayList<>();
        for (Evidence e : all) {
            Optional<LocalDate> x = e.expiry();
            out.add(e.what() + " (" + e.where() + ", " + e.date() + x.map(d -> " to " + d).orElse("") + ")");
        }
        return out;
    }
}
