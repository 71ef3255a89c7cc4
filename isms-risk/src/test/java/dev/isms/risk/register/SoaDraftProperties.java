// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.soa.Applicability;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskSource;
import dev.isms.risk.Threat;
import dev.isms.risk.Vulnerability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Drafts from random registers and applied controls: the statement always lists the catalogue, each control once. */
class SoaDraftProperties {
    private static final Catalog ISO = Catalogs.iso27002_2022();
    private static final Catalog OTHER = Catalog.builder("other:1", "Another catalogue")
            .control(Control.of("X-1", "One")).control(Control.of("X-2", "Two")).build();
    /** The register's own extract of the catalogue (as in the fixture) plus ids that the full catalogue lacks. */
    private static final Catalog EXTRACT = extract();
    private static final RiskRegister BASE = RiskRegister.builder(RiskFixtures.criteria())
            .assets(RiskFixtures.assets()).catalog(EXTRACT, OTHER).threat(Threat.of("T-1", "Ransomware"))
            .vulnerability(Vulnerability.of("V-1", "Unpatched server"))
            .source(RiskSource.of("S-1", "Disgruntled insider"))
            .scenario(RiskFixtures.ransomware(), RiskFixtures.leak()).build();

    private static Catalog extract() {
        Catalog.Builder b = Catalog.builder("iso27002:2022", "Extract with an unknown id");
        Set<String> ids = new LinkedHashSet<>(List.of("5.15", "8.7", "8.8", "8.13"));
        for (int i = 0; i < ISO.size(); i += 7) {
            ids.add(ISO.controls().get(i).id().toString());
        }
        ids.forEach(id -> b.control(Control.of(id, "Control " + id)));
        return b.control(Control.of("9.99", "Not in the catalogue")).build();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    private static List<ControlRef> refs(SplittableRandom r) {
        List<ControlRef> out = new ArrayList<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            Catalog c = r.nextInt(4) == 0 ? OTHER : EXTRACT;
            out.add(ControlRef.of(c.id(), c.controls().get(r.nextInt(c.size())).id().toString()));
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }

    private static RiskRegister register(SplittableRandom r) {
        RiskRegister reg = BASE.apply(RandomEdits.from(BASE, r.longs(r.nextInt(12)).boxed().toList()));
        List<RiskTreatment> ts = new ArrayList<>();
        for (int i = reg.scenarios().isEmpty() ? 0 : r.nextInt(15); i > 0; i--) {
            String scenario = reg.scenarios().get(r.nextInt(reg.scenarios().size())).id();
            RiskTreatment.Builder b = RiskTreatment.builder("D-" + i, scenario, TreatmentOption.MODIFY)
                    .status(TreatmentStatus.values()[r.nextInt(TreatmentStatus.values().length)]);
            refs(r).forEach(ref -> b.control(ControlEffect.consequence(ref, r.nextDouble())));
            ts.add(b.appliedControls(RandomEdits.appliedControls(r)).build());
        }
        return reg.apply(ts.stream().map(RegisterEdit::putTreatment).toList());
    }

    private static AppliedControlSet applied(SplittableRandom r, RiskRegister reg) {
        List<AppliedControl> out = new ArrayList<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            List<ControlRef> realised = new ArrayList<>(refs(r));
            realised.add(ControlRef.of(ISO.id(), ISO.controls().get(r.nextInt(ISO.size())).id().toString()));
            out.add(AppliedControl.builder("AC-" + i, "Applied " + i).realises(List.copyOf(new LinkedHashSet<>(
                    realised))).status(AppliedControlStatus.values()[r.nextInt(AppliedControlStatus.values().length)])
                    .treats(reg.scenarios().isEmpty() ? "R-404" : reg.scenarios().get(r.nextInt(reg.scenarios()
                            .size())).id()).build());
        }
        return AppliedControlSet.of(out);
    }

    @Property(tries = 200)
    void theStatementListsEveryControlOfTheCatalogueExactlyOnceInOrder(@ForAll("seeds") long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        RiskRegister reg = register(r);
        SoaDraft d = reg.draftSoa(ISO, applied(r, reg), "draft", LocalDate.of(2026, 1, 1));
        StatementOfApplicability soa = d.statement();
        List<ControlId> listed = soa.entries().stream().map(SoaEntry::control).toList();
        assertEquals(ISO.controls().stream().map(Control::id).toList(), listed);
        assertEquals(ISO.size(), new HashSet<>(listed).size());
        assertEquals(ISO.size(), soa.applicable().size() + soa.undecided().size());
    }

    @Property(tries = 200)
    void everyChosenControlIsListedAsApplicableOrReportedAsUnplacedAndNothingElseIsApplicable(@ForAll("seeds") long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        RiskRegister reg = register(r);
        SoaDraft d = reg.draftSoa(ISO, "draft", LocalDate.of(2026, 1, 1));
        for (SoaEntry e : d.statement().applicable()) {
            assertEquals(Set.of(InclusionReason.RISK_TREATMENT), e.reasons());
            assertTrue(e.risks().stream().allMatch(id -> reg.scenario(id).isPresent()), e::toString);
        }
        Set<ControlRef> unplaced = new HashSet<>();
        d.unplaced().forEach(u -> unplaced.add(u.control()));
        for (RiskTreatment t : reg.treatments()) {
            if (t.status() == TreatmentStatus.CANCELLED) {
                continue;
            }
            for (ControlEffect e : t.controls()) {
                boolean listed = e.control().catalogId().equals(ISO.id()) && ISO.contains(e.control().controlId());
                assertTrue(listed ? d.statement().require(e.control().controlId()).applicability()
                        == Applicability.APPLICABLE && d.statement().require(e.control().controlId()).risks()
                        .contains(t.scenarioId()) : unplaced.contains(e.control()), e::toString);
            }
        }
    }

    @Property(tries = 200)
    void everyAppliedControlATreatmentNamesIsPlacedWithItsScenarioOrReportedAsUnknown(@ForAll("seeds") long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        RiskRegister reg = register(r);
        AppliedControlSet applied = applied(r, reg);
        SoaDraft d = reg.draftSoa(ISO, applied, "draft", LocalDate.of(2026, 1, 1));
        Set<String> unknown = new HashSet<>();
        for (UnknownAppliedControl u : d.unknownAppliedControls()) {
            assertTrue(applied.find(u.id()).isEmpty(), u::toString);
            u.treatmentIds().forEach(t -> unknown.add(u.id() + "|" + t));
        }
        for (RiskTreatment t : reg.treatments()) {
            for (String id : t.appliedControls()) {
                boolean cancelled = t.status() == TreatmentStatus.CANCELLED;
                assertEquals(!cancelled && applied.find(id).isEmpty(), unknown.remove(id + "|" + t.id()), id);
                if (cancelled || applied.find(id).isEmpty()
                        || applied.require(id).status() == AppliedControlStatus.RETIRED) {
                    continue;
                }
                for (ControlRef ref : applied.require(id).controls()) {
                    if (ref.catalogId().equals(ISO.id()) && ISO.contains(ref.controlId())) {
                        assertTrue(d.statement().require(ref.controlId()).risks().contains(t.scenarioId()),
                                () -> ref + " for " + t);
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }
}
