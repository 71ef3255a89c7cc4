// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.Catalog;
import dev.isms.core.Problem;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetType;
import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskSource;
import dev.isms.risk.Threat;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.internal.RegisterValidator;
import dev.isms.risk.internal.TierCalculator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A register's parts while they are assembled, by the builder or by a batch of edits: indexed by id in insertion
 * order, with the problems found so far and, for a batch, what it touched, so only that is validated and only the
 * touched scenarios' profiles are recomputed. Used by one thread, then frozen into a {@link RiskRegister}.
 */
final class Draft {
    final RiskCriteria criteria;
    final int version;
    final AssetInventory assets;
    final Map<String, Threat> threats;
    final Map<String, Vulnerability> vulnerabilities;
    final Map<String, RiskSource> sources;
    final Map<String, Catalog> catalogs;
    final Map<String, RiskScenario> scenarios;
    final Map<String, RiskTreatment> treatments;
    final Map<String, RiskAcceptance> acceptances;
    final List<Problem> problems = new ArrayList<>();
    /** Scenario ids whose profile must be computed; null means all (a new register). */
    final Set<String> dirty;
    /** Treatment ids per scenario id, kept while a batch runs so removing a scenario finds its treatments. */
    private Map<String, Set<String>> byScenario;
    private final Set<String> putTreatments = new HashSet<>();
    private final Set<String> putAcceptances = new HashSet<>();
    private boolean treatmentsChanged;

    /** Starts a new register's draft from the builder's lists, reporting repeated ids. */
    Draft(RiskCriteria criteria, int version, AssetInventory assets, Lists lists) {
        this.criteria = criteria;
        this.version = version;
        this.assets = assets;
        this.threats = index("threats", "threat", lists.threats, Threat::id);
        this.vulnerabilities = index("vulnerabilities", "vulnerability", lists.vulnerabilities, Vulnerability::id);
        this.sources = index("sources", "risk source", lists.sources, RiskSource::id);
        this.catalogs = index("catalogs", "catalogue", lists.catalogs, Catalog::id);
        this.scenarios = index("scenarios", "scenario", lists.scenarios, RiskScenario::id);
        this.treatments = index("treatments", "treatment", lists.treatments, RiskTreatment::id);
        this.acceptances = index("acceptances", "acceptance of scenario", lists.acceptances,
                RiskAcceptance::scenarioId);
        this.dirty = null;
        this.treatmentsChanged = true;
    }

    /** Starts the next version's draft from a register, sharing what edits cannot change. */
    Draft(RiskRegister from) {
        this.criteria = from.criteria;
        this.version = from.version + 1;
        this.assets = from.assets;
        this.threats = from.threats;
        this.vulnerabilities = from.vulnerabilities;
        this.sources = from.sources;
        this.catalogs = from.catalogs;
        this.scenarios = new LinkedHashMap<>(from.scenarios);
        this.treatments = new LinkedHashMap<>(from.treatments);
        this.acceptances = new LinkedHashMap<>(from.acceptances);
        this.dirty = new HashSet<>();
    }

    /** The builder's parts in the order they were added, repeated ids included. */
    static final class Lists {
        final List<Threat> threats = new ArrayList<>();
        final List<Vulnerability> vulnerabilities = new ArrayList<>();
        final List<RiskSource> sources = new ArrayList<>();
        final List<Catalog> catalogs = new ArrayList<>();
        final List<RiskScenario> scenarios = new ArrayList<>();
        final List<RiskTreatment> treatments = new ArrayList<>();
        final List<RiskAcceptance> acceptances = new ArrayList<>();

        Lists copy() {
            Lists c = new Lists();
            c.threats.addAll(threats);
            c.vulnerabilities.addAll(vulnerabilities);
            c.sources.addAll(sources);
            c.catalogs.addAll(catalogs);
            c.scenarios.addAll(scenarios);
            c.treatments.addAll(treatments);
            c.acceptances.addAll(acceptances);
            return c;
        }
    }

    private <T> Map<String, T> index(String part, String kind, Collection<T> values, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>(values.size() * 4 / 3 + 1);
        for (T v : values) {
            String key = id.apply(v);
            if (map.putIfAbsent(key, v) != null) {
                problems.add(new Problem(part + "[" + key + "]", "repeats " + kind + " id " + Checks.quote(key)
                        + "; each id may appear once"));
            }
        }
        return map;
    }

    /** Checks every part (a new register). */
    void validateAll() {
        RegisterValidator v = validator();
        for (RiskScenario s : scenarios.values()) {
            v.scenario(s, problems);
        }
        for (RiskTreatment t : treatments.values()) {
            v.treatment(t, scenarios, problems);
        }
        for (RiskAcceptance a : acceptances.values()) {
            v.acceptance(a, scenarios, problems);
        }
    }

    /** Checks what a batch touched and still exists. */
    void validateTouched() {
        RegisterValidator v = validator();
        for (String id : dirty) {
            RiskScenario s = scenarios.get(id);
            if (s != null) {
                v.scenario(s, problems);
            }
        }
        for (String id : putTreatments) {
            RiskTreatment t = treatments.get(id);
            if (t != null) {
                v.treatment(t, scenarios, problems);
            }
        }
        for (String id : putAcceptances) {
            RiskAcceptance a = acceptances.get(id);
            if (a != null) {
                v.acceptance(a, scenarios, problems);
            }
        }
    }

    private RegisterValidator validator() {
        return new RegisterValidator(criteria, assets, threats, vulnerabilities, sources, catalogs);
    }

    /** Throws every problem found, if any. */
    void throwProblems(String subject) {
        if (!problems.isEmpty()) {
            throw new RiskModelException(subject, problems);
        }
    }

    /** {@return true if treatments were added, replaced or removed, so the per-scenario index must be rebuilt} */
    boolean treatmentsChanged() {
        return treatmentsChanged;
    }

    /** Applies one edit of a batch, reporting an edit that names something missing as a problem at its place. */
    void apply(int index, RegisterEdit edit) {
        String at = "edits[" + index + "]";
        if (edit instanceof RegisterEdit.PutScenario) {
            RiskScenario s = ((RegisterEdit.PutScenario) edit).scenario();
            scenarios.put(s.id(), s);
            dirty.add(s.id());
        } else if (edit instanceof RegisterEdit.RemoveScenario) {
            removeScenario(at, ((RegisterEdit.RemoveScenario) edit).scenarioId());
        } else if (edit instanceof RegisterEdit.PutTreatment) {
            putTreatment(((RegisterEdit.PutTreatment) edit).treatment());
        } else if (edit instanceof RegisterEdit.RemoveTreatment) {
            removeTreatment(at, ((RegisterEdit.RemoveTreatment) edit).treatmentId());
        } else if (edit instanceof RegisterEdit.PutAcceptance) {
            RiskAcceptance a = ((RegisterEdit.PutAcceptance) edit).acceptance();
            acceptances.put(a.scenarioId(), a);
            putAcceptances.add(a.scenarioId());
        } else if (edit instanceof RegisterEdit.RemoveAcceptance) {
            String id = ((RegisterEdit.RemoveAcceptance) edit).scenarioId();
            if (acceptances.remove(id) == null) {
                problems.add(new Problem(at + ".scenarioId", "names scenario " + Checks.quote(id)
                        + ", which has no acceptance"));
            }
        } else {
            score(at, edit);
        }
    }

    private void score(String at, RegisterEdit edit) {
        String id = edit instanceof RegisterEdit.PutScore ? ((RegisterEdit.PutScore) edit).scenarioId()
                : ((RegisterEdit.RemoveScore) edit).scenarioId();
        RiskScenario s = scenarios.get(id);
        if (s == null) {
            problems.add(new Problem(at + ".scenarioId", "names unknown scenario " + Checks.quote(id)));
        } else if (edit instanceof RegisterEdit.PutScore) {
            RegisterEdit.PutScore put = (RegisterEdit.PutScore) edit;
            scenarios.put(id, s.withScore(put.tier(), put.score()));
        } else {
            RegisterEdit.RemoveScore remove = (RegisterEdit.RemoveScore) edit;
            if (s.score(remove.tier(), remove.methodId()).isEmpty()) {
                problems.add(new Problem(at, "names no score of scenario " + Checks.quote(id) + " at tier "
                        + remove.tier() + " by method " + Checks.quote(remove.methodId())));
            } else {
                scenarios.put(id, s.withoutScore(remove.tier(), remove.methodId()));
            }
        }
    }

    private void removeScenario(String at, String id) {
        if (scenarios.remove(id) == null) {
            problems.add(new Problem(at + ".scenarioId", "names unknown scenario " + Checks.quote(id)));
            return;
        }
        dirty.add(id);
        acceptances.remove(id);
        Set<String> ids = byScenario().remove(id);
        if (ids != null && !ids.isEmpty()) {
            treatmentsChanged = true;
            for (String t : ids) {
                treatments.remove(t);
            }
        }
    }

    private void putTreatment(RiskTreatment t) {
        Map<String, Set<String>> index = byScenario();
        RiskTreatment old = treatments.put(t.id(), t);
        if (old != null) {
            index.get(old.scenarioId()).remove(old.id());
            dirty.add(old.scenarioId());
        }
        index.computeIfAbsent(t.scenarioId(), k -> new LinkedHashSet<>()).add(t.id());
        dirty.add(t.scenarioId());
        putTreatments.add(t.id());
        treatmentsChanged = true;
    }

    private void removeTreatment(String at, String id) {
        Map<String, Set<String>> index = byScenario();
        RiskTreatment old = treatments.remove(id);
        if (old == null) {
            problems.add(new Problem(at + ".treatmentId", "names unknown treatment " + Checks.quote(id)));
            return;
        }
        index.get(old.scenarioId()).remove(id);
        dirty.add(old.scenarioId());
        treatmentsChanged = true;
    }

    /** {@return the treatments per scenario id, in insertion order; unmodifiable} */
    Map<String, List<RiskTreatment>> treatmentsByScenario() {
        Map<String, List<RiskTreatment>> index = new LinkedHashMap<>();
        for (RiskTreatment t : treatments.values()) {
            index.computeIfAbsent(t.scenarioId(), k -> new ArrayList<>(3)).add(t);
        }
        index.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(index);
    }

    /**
     * Computes the profiles of the dirty scenarios (all, for a new register) and reuses the others'.
     *
     * @param byScenario the treatments per scenario id of the result
     * @param previous the register the edits apply to, or null for a new register
     * @return the profiles by scenario id, in scenario order; unmodifiable
     */
    Map<String, RiskProfile> profiles(Map<String, List<RiskTreatment>> byScenario, RiskRegister previous) {
        Map<String, RiskProfile> out = new LinkedHashMap<>(scenarios.size() * 4 / 3 + 1);
        for (RiskScenario s : scenarios.values()) {
            RiskProfile p = dirty == null || dirty.contains(s.id()) ? null : previous.profiles.get(s.id());
            if (p == null) {
                List<AssetType> types = new ArrayList<>(s.affectedAssets().size());
                for (String a : s.affectedAssets()) {
                    types.add(assets.require(a).type());
                }
                p = TierCalculator.profile(s, byScenario.getOrDefault(s.id(), List.of()), criteria, types);
            }
            out.put(s.id(), p);
        }
        return Collections.unmodifiableMap(out);
    }

    private Map<String, Set<String>> byScenario() {
        if (byScenario == null) {
            byScenario = new LinkedHashMap<>();
            for (RiskTreatment t : treatments.values()) {
                byScenario.computeIfAbsent(t.scenarioId(), k -> new LinkedHashSet<>()).add(t.id());
            }
        }
        return byScenario;
    }
}
