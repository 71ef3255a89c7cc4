// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.AssetMapping;
import dev.isms.catalog.internal.codec.records.At;
import dev.isms.core.Catalog;
import dev.isms.core.Problem;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskSource;
import dev.isms.risk.Threat;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.internal.RegisterValidator;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

// Maps a RiskRegister to RegisterDto and back. Reading maps every part at its pointers, resolves the catalogues the
// register lists against the reader's, checks the references between the parts against the ids as written (so that
// one problem never causes another), and builds the register only when nothing was found; a rule the register
// itself then breaks is reported at the pointer of its model path (scenarios[R-7].likelihood is
// /scenarios/<index>/likelihood).
final class RegisterMapping {
    static final String FORMAT = "isms-risk-register";

    private RegisterMapping() {
    }

    static RegisterDto toDto(RiskRegister r) {
        List<String> catalogs = new ArrayList<>(r.catalogs().size());
        for (Catalog c : r.catalogs()) {
            catalogs.add(c.id());
        }
        return new RegisterDto(r.version(), CriteriaMapping.toDto(r.criteria()), catalogs.isEmpty() ? null : catalogs,
                nullIfEmpty(AssetMapping.toDtos(r.assets())), each(r.threats(), RecordMapping::toDto),
                each(r.vulnerabilities(), RecordMapping::toDto), each(r.sources(), RecordMapping::toDto),
                each(r.scenarios(), ScenarioMapping::toDto), each(r.treatments(), RecordMapping::toDto),
                each(r.acceptances(), RecordMapping::toDto));
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static <T, D> List<D> each(List<T> items, Function<T, D> map) {
        if (items.isEmpty()) {
            return null;
        }
        List<D> out = new ArrayList<>(items.size());
        for (T t : items) {
            out.add(map.apply(t));
        }
        return out;
    }

    /** {@return the register}, or null after reporting every problem at its pointer */
    static RiskRegister toRegister(RegisterDto d, At at, CatalogSource source) {
        Integer version = NumberChecks.atLeast(d.version(), 1, at, "version");
        RiskCriteria criteria = d.criteria() == null ? null : CriteriaMapping.toCriteria(d.criteria(),
                at.field("criteria"));
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        Set<String> unresolved = new HashSet<>();
        catalogs(d.catalogs(), at, source, catalogs, unresolved);
        AssetInventory assets = AssetMapping.toInventory(d.assets(), at.field("assets").pointer(), at.problems());
        Set<String> assetIds = new HashSet<>();
        if (d.assets() != null) {
            d.assets().forEach(a -> assetIds.add(a == null ? null : a.id()));
        }
        ControlCheck controls = ControlCheck.listed(catalogs, unresolved);
        Parts p = new Parts(
                Part.read(d.threats(), at, "threats", RecordMapping.THREAT, RecordMapping::toThreat),
                Part.read(d.vulnerabilities(), at, "vulnerabilities", RecordMapping.VULNERABILITY,
                        RecordMapping::toVulnerability),
                Part.read(d.sources(), at, "sources", RecordMapping.SOURCE, RecordMapping::toSource),
                Part.read(d.scenarios(), at, "scenarios", RecordMapping.SCENARIO, (s, item) ->
                        ScenarioMapping.toScenario(s, item, controls)),
                Part.read(d.treatments(), at, "treatments", RecordMapping.TREATMENT, (t, item) ->
                        RecordMapping.toTreatment(t, item, controls)),
                Part.read(d.acceptances(), at, "acceptances", RecordMapping.ACCEPTANCE, RecordMapping::toAcceptance));
        references(p, criteria, assetIds, catalogs, at);
        if (!at.problems().isEmpty() || version == null || criteria == null || assets == null) {
            return null;
        }
        try {
            return RiskRegister.builder(criteria).version(version).assets(assets).threats(p.threats().values())
                    .vulnerabilities(p.vulnerabilities().values()).sources(p.sources().values())
                    .catalogs(new ArrayList<>(catalogs.values())).scenarios(p.scenarios().values())
                    .treatments(p.treatments().values()).acceptances(p.acceptances().values()).build();
        } catch (RiskModelException e) {
            report(e.problems(), p, at);
            return null;
        } catch (IllegalArgumentException e) {
            at.add(e.getMessage());
            return null;
        }
    }

    private static void catalogs(List<String> ids, At at, CatalogSource source, Map<String, Catalog> found,
            Set<String> unresolved) {
        List<String> valid = at.names(ids, "catalogs"); // reports bad and repeated ids; each valid one is resolved
        if (ids == null) {
            return;
        }
        At list = at.field("catalogs");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!valid.contains(id) || found.containsKey(id) || unresolved.contains(id)) {
                continue;
            }
            Catalog c = source.find(id).orElse(null);
            if (c == null) {
                unresolved.add(id);
                list.index(i).add("names unknown catalogue " + Checks.quote(id) + " (the reader knows "
                        + source.known() + ")");
            } else {
                found.put(id, c);
            }
        }
    }

    /** Checks what the parts name against the ids as written; the controls were checked when mapped. */
    private static void references(Parts p, RiskCriteria criteria, Set<String> assetIds, Map<String, Catalog> catalogs,
            At at) {
        RegisterValidator v = new RegisterValidator(criteria, assetIds::contains, p.threats().ids(),
                p.vulnerabilities().ids(), p.sources().ids(), catalogs);
        Map<String, Integer> scenarioIds = p.scenarios().ids();
        for (RiskScenario s : p.scenarios().values()) {
            if (criteria == null) {
                v.references(s);
            } else {
                v.scenario(s);
            }
        }
        for (RiskTreatment t : p.treatments().values()) {
            v.treatment(t, scenarioIds);
        }
        for (RiskAcceptance a : p.acceptances().values()) {
            v.acceptance(a, scenarioIds);
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : v.problems()) {
            if (!problem.location().endsWith("].control")) { // reported by ControlCheck, with a better message
                problems.add(problem);
            }
        }
        report(problems, p, at);
    }

    /** Reports model problems at the pointers of their paths, or at the document's root with the path. */
    private static void report(List<Problem> problems, Parts p, At at) {
        for (Problem problem : problems) {
            String pointer = ModelPaths.pointer(problem.location(), p.all(), at.pointer());
            if (pointer == null) {
                at.add(problem.location() + ": " + problem.message());
            } else {
                at.problems().add(pointer, problem.message());
            }
        }
    }

    /** The parts of a register as read. */
    record Parts(Part<Threat> threats, Part<Vulnerability> vulnerabilities,
            Part<RiskSource> sources, Part<RiskScenario> scenarios, Part<RiskTreatment> treatments,
            Part<RiskAcceptance> acceptances) {
        List<Part<?>> all() {
            return List.of(threats, vulnerabilities, sources, scenarios, treatments, acceptances);
        }
    }
}
