// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A register's parts while they are assembled, by the builder or by a batch of edits: indexed by id in insertion
 * order, with the problems found so far and, for a batch, what it touched, so only that is validated and only the
 * touched scenarios' tiers are recomputed. Used by one thread, then frozen into a {@link RiskRegister}.
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
    /** Scenario ids touched by a batch, in edit order: validated, their tiers recomputed; null for a new register. */
    final Set<String> dirty;
    /**
     * The treatments per scenario id, each an unmodifiable list in insertion order: for a batch, the previous
     * register's index copied and changed list by list (copy on write); null for a new register until frozen.
     */
    private Map<String, List<RiskTreatment>> byScenario;
    /** True once {@link #byScenario} is this draft's own copy, which edits may change. */
    private boolean copied;
    /** True when a treatment moved to another scenario, so the index is rebuilt in insertion order at the end. */
    private boolean rebuild;
    private final Set<String> putTreatments = new LinkedHashSet<>();
    private final Set<String> putAcceptances = new LinkedHashSet<>();

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
        this.dirty = new LinkedHashSet<>();
        this.byScenario = from.treatmentsByScenario;
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
            v.scenario(s);
        }
        for (RiskTreatment t : treatments.values()) {
            v.treatment(t, scenarios);
        }
        for (RiskAcceptance a : acceptances.values()) {
            v.acceptance(a, scenarios);
        }
        problems.addAll(v.problems());
    }

    /** Checks what a batch touched and still exists. */
    void validateTouched() {
        RegisterValidator v = validator();
        for (String id : dirty) {
            RiskScenario s = scenarios.get(id);
            if (s != null) {
                v.scenario(s);
            }
        }
        for (String id : putTreatments) {
            RiskTreatment t = treatments.get(id);
            if (t != null) {
                v.treatment(t, scenarios);
            }
        }
        for (String id : putAcceptances) {
            RiskAcceptance a = acceptances.get(id);
            if (a != null) {
                v.acceptance(a, scenarios);
            }
        }
        problems.addAll(v.problems());
    }

    private RegisterValidator validator() {
        return new RegisterValidator(criteria, id -> assets.find(id).isPresent(), threats, vulnerabilities, sources,
                catalogs);
    }

    /** Throws every problem found, if any. */
    void throwProblems(String subject) {
        if (!problems.isEmpty()) {
            throw new RiskModelException(subject, problems);
        }
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
        List<RiskTreatment> gone = index().remove(id);
        if (gone != null) {
            for (RiskTreatment t : gone) {
                treatments.remove(t.id());
            }
        }
    }

    private void putTreatment(RiskTreatment t) {
        RiskTreatment old = treatments.put(t.id(), t);
        List<RiskTreatment> list = new ArrayList<>(index().getOrDefault(t.scenarioId(), List.of()));
        if (old == null) {
            list.add(t);
        } else if (old.scenarioId().equals(t.scenarioId())) {
            list.set(list.indexOf(old), t);
        } else {
            remove(old);
            list.add(t);
            rebuild = true;
        }
        byScenario.put(t.scenarioId(), Collections.unmodifiableList(list));
        dirty.add(t.scenarioId());
        putTreatments.add(t.id());
    }

    private void removeTreatment(String at, String id) {
        RiskTreatment old = treatments.remove(id);
        if (old == null) {
            problems.add(new Problem(at + ".treatmentId", "names unknown treatment " + Checks.quote(id)));
            return;
        }
        remove(old);
    }

    /** Takes a treatment out of its scenario's list in the index. */
    private void remove(RiskTreatment old) {
        List<RiskTreatment> list = new ArrayList<>(index().get(old.scenarioId()));
        list.remove(old);
        if (list.isEmpty()) {
            byScenario.remove(old.scenarioId());
        } else {
            byScenario.put(old.scenarioId(), Collections.unmodifiableList(list));
        }
        dirty.add(old.scenarioId());
    }

    /** {@return the batch's own, changeable copy of the treatment index (copied on the first change)} */
    private Map<String, List<RiskTreatment>> index() {
        if (!copied) {
            byScenario = new HashMap<>(byScenario);
            copied = true;
        }
        return byScenario;
    }

    /** {@return the treatments per scenario id, each list in insertion order; unmodifiable} */
    Map<String, List<RiskTreatment>> treatmentsByScenario() {
        if (byScenario != null && !rebuild) {
            return copied ? Collections.unmodifiableMap(byScenario) : byScenario;
        }
        Map<String, List<RiskTreatment>> index = new HashMap<>();
        for (RiskTreatment t : treatments.values()) {
            index.computeIfAbsent(t.scenarioId(), k -> new ArrayList<>(3)).add(t);
        }
        index.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(index);
    }
}
