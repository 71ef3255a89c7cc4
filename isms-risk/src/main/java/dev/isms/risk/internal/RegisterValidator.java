// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.core.Catalog;
import dev.isms.core.Problem;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.internal.Checks;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskTreatment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Checks that a register's parts refer to each other, to the criteria's scales and to the catalogues consistently,
 * collecting each problem with its model path ({@code scenarios[R-7].likelihood}) so the register can throw them
 * all at once; one part at a time, so an edit checks only what it touched. The JSON reader checks the records of a
 * document with it too, against the ids as written (so that a record with a problem of its own is still known).
 * Used by one thread.
 */
public final class RegisterValidator {
    private final RiskCriteria criteria;
    private final Predicate<String> assets;
    private final Map<String, ?> threats;
    private final Map<String, ?> vulnerabilities;
    private final Map<String, ?> sources;
    private final Map<String, Catalog> catalogs;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Creates a validator.
     *
     * @param criteria the criteria, or null to check references only ({@link #references(RiskScenario)})
     * @param assets tells whether an asset id is known
     * @param threats known threats by id
     * @param vulnerabilities known vulnerabilities by id
     * @param sources known risk sources by id
     * @param catalogs known catalogues by id
     */
    public RegisterValidator(RiskCriteria criteria, Predicate<String> assets, Map<String, ?> threats,
            Map<String, ?> vulnerabilities, Map<String, ?> sources, Map<String, Catalog> catalogs) {
        this.criteria = criteria;
        this.assets = assets;
        this.threats = threats;
        this.vulnerabilities = vulnerabilities;
        this.sources = sources;
        this.catalogs = catalogs;
    }

    /** {@return the problems found so far, in the order found} */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Checks a scenario's references and levels.
     *
     * @param s the scenario
     */
    public void scenario(RiskScenario s) {
        Function<String, String> at = field -> "scenarios[" + s.id() + "]" + field;
        basisAndAssets(s, at);
        if (s.likelihood() > criteria.likelihood().size()) {
            problems.add(new Problem(at.apply(".likelihood"), "must be 1.." + criteria.likelihood().size()
                    + " but was " + s.likelihood()));
        }
        for (Map.Entry<ConsequenceCategory, Integer> e : s.consequences().entrySet()) {
            int max = criteria.consequence(e.getKey()).size();
            if (e.getValue() > max) {
                problems.add(new Problem(at.apply(".consequences." + e.getKey().id()), "must be 1.." + max
                        + " but was " + e.getValue()));
            }
        }
        if (s.targetLevel().isPresent() && !criteria.riskLevels().contains(s.targetLevel().get())) {
            problems.add(new Problem(at.apply(".targetLevel"), "must be one of " + criteria.riskLevels()
                    + " but was " + Checks.quote(s.targetLevel().get())));
        }
        controls(s.existingControls(), i -> at.apply(".existingControls[" + i + "].control"));
    }

    /**
     * Checks a scenario's references only: its basis, affected assets and controls in place.
     *
     * @param s the scenario
     */
    public void references(RiskScenario s) {
        Function<String, String> at = field -> "scenarios[" + s.id() + "]" + field;
        basisAndAssets(s, at);
        controls(s.existingControls(), i -> at.apply(".existingControls[" + i + "].control"));
    }

    private void basisAndAssets(RiskScenario s, Function<String, String> at) {
        if (s.basis() instanceof ScenarioBasis.AssetBased) {
            ScenarioBasis.AssetBased b = (ScenarioBasis.AssetBased) s.basis();
            known(threats, b.threatId(), "threat", () -> at.apply(".basis.threatId"));
            known(vulnerabilities, b.vulnerabilityId(), "vulnerability", () -> at.apply(".basis.vulnerabilityId"));
        } else {
            known(sources, ((ScenarioBasis.EventBased) s.basis()).riskSourceId(), "risk source",
                    () -> at.apply(".basis.riskSourceId"));
        }
        for (String a : s.affectedAssets()) {
            if (!assets.test(a)) {
                problems.add(new Problem(at.apply(".affectedAssets"), "names unknown asset " + Checks.quote(a)));
            }
        }
    }

    /**
     * Checks a treatment's scenario and controls.
     *
     * @param t the treatment
     * @param scenarios the register's scenario ids (the keys)
     */
    public void treatment(RiskTreatment t, Map<String, ?> scenarios) {
        known(scenarios, t.scenarioId(), "scenario", () -> "treatments[" + t.id() + "].scenarioId");
        controls(t.controls(), i -> "treatments[" + t.id() + "].controls[" + i + "].control");
    }

    /**
     * Checks an acceptance's scenario.
     *
     * @param a the acceptance
     * @param scenarios the register's scenario ids (the keys)
     */
    public void acceptance(RiskAcceptance a, Map<String, ?> scenarios) {
        known(scenarios, a.scenarioId(), "scenario", () -> "acceptances[" + a.scenarioId() + "].scenarioId");
    }

    /** Reports an unknown id at a model path, which is built only for a problem. */
    private void known(Map<String, ?> ids, String id, String kind, Supplier<String> at) {
        if (!ids.containsKey(id)) {
            problems.add(new Problem(at.get(), "names unknown " + kind + " " + Checks.quote(id)));
        }
    }

    /** Reports each control of an unknown catalogue or unknown in its catalogue, at the path of its index. */
    private void controls(List<ControlEffect> effects, IntFunction<String> at) {
        for (int i = 0; i < effects.size(); i++) {
            ControlEffect e = effects.get(i);
            Catalog c = catalogs.get(e.control().catalogId());
            if (c == null) {
                problems.add(new Problem(at.apply(i), "names control " + Checks.quote(e.control().toString())
                        + " of unknown catalogue " + Checks.quote(e.control().catalogId()) + " (known: "
                        + catalogs.keySet() + ")"));
            } else if (!c.contains(e.control().controlId().toString())) {
                problems.add(new Problem(at.apply(i), "names unknown control id "
                        + Checks.quote(e.control().controlId().toString()) + " in catalogue " + Checks.quote(c.id())));
            }
        }
    }
}
