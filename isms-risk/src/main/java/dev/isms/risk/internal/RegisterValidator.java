// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.core.Catalog;
import dev.isms.core.Problem;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.core.internal.Checks;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskTreatment;
import java.util.List;
import java.util.Map;

/**
 * Checks that a register's parts refer to each other, to the criteria's scales and to the catalogues consistently,
 * reporting each problem with its model path ({@code scenarios[R-7].likelihood}) so the register can collect them
 * all and throw once; one part at a time, so an edit checks only what it touched.
 */
public final class RegisterValidator {
    private final RiskCriteria criteria;
    private final AssetInventory assets;
    private final Map<String, ?> threats;
    private final Map<String, ?> vulnerabilities;
    private final Map<String, ?> sources;
    private final Map<String, Catalog> catalogs;

    /**
     * Creates a validator.
     *
     * @param criteria the criteria
     * @param assets the asset inventory
     * @param threats known threats by id
     * @param vulnerabilities known vulnerabilities by id
     * @param sources known risk sources by id
     * @param catalogs known catalogues by id
     */
    public RegisterValidator(RiskCriteria criteria, AssetInventory assets, Map<String, ?> threats,
            Map<String, ?> vulnerabilities, Map<String, ?> sources, Map<String, Catalog> catalogs) {
        this.criteria = criteria;
        this.assets = assets;
        this.threats = threats;
        this.vulnerabilities = vulnerabilities;
        this.sources = sources;
        this.catalogs = catalogs;
    }

    /**
     * Checks a scenario's references and levels.
     *
     * @param s the scenario
     * @param problems where to add problems
     */
    public void scenario(RiskScenario s, List<Problem> problems) {
        String at = "scenarios[" + s.id() + "]";
        if (s.basis() instanceof ScenarioBasis.AssetBased) {
            ScenarioBasis.AssetBased b = (ScenarioBasis.AssetBased) s.basis();
            known(threats, b.threatId(), at + ".basis.threatId", "threat", problems);
            known(vulnerabilities, b.vulnerabilityId(), at + ".basis.vulnerabilityId", "vulnerability", problems);
        } else {
            known(sources, ((ScenarioBasis.EventBased) s.basis()).riskSourceId(), at + ".basis.riskSourceId",
                    "risk source", problems);
        }
        for (String a : s.affectedAssets()) {
            if (assets.find(a).isEmpty()) {
                problems.add(new Problem(at + ".affectedAssets", "names unknown asset " + Checks.quote(a)));
            }
        }
        if (s.likelihood() > criteria.likelihood().size()) {
            problems.add(new Problem(at + ".likelihood", "must be 1.." + criteria.likelihood().size() + " but was "
                    + s.likelihood()));
        }
        for (Map.Entry<ConsequenceCategory, Integer> e : s.consequences().entrySet()) {
            int max = criteria.consequence(e.getKey()).size();
            if (e.getValue() > max) {
                problems.add(new Problem(at + ".consequences." + e.getKey().id(), "must be 1.." + max + " but was "
                        + e.getValue()));
            }
        }
        if (s.targetLevel().isPresent() && !criteria.riskLevels().contains(s.targetLevel().get())) {
            problems.add(new Problem(at + ".targetLevel", "must be one of " + criteria.riskLevels() + " but was "
                    + Checks.quote(s.targetLevel().get())));
        }
        controls(at + ".existingControls", s.existingControls(), problems);
    }

    /**
     * Checks a treatment's scenario and controls.
     *
     * @param t the treatment
     * @param scenarios the register's scenarios by id
     * @param problems where to add problems
     */
    public void treatment(RiskTreatment t, Map<String, RiskScenario> scenarios, List<Problem> problems) {
        String at = "treatments[" + t.id() + "]";
        known(scenarios, t.scenarioId(), at + ".scenarioId", "scenario", problems);
        controls(at + ".controls", t.controls(), problems);
    }

    /**
     * Checks an acceptance's scenario.
     *
     * @param a the acceptance
     * @param scenarios the register's scenarios by id
     * @param problems where to add problems
     */
    public void acceptance(RiskAcceptance a, Map<String, RiskScenario> scenarios, List<Problem> problems) {
        known(scenarios, a.scenarioId(), "acceptances[" + a.scenarioId() + "].scenarioId", "scenario", problems);
    }

    private static void known(Map<String, ?> ids, String id, String at, String kind, List<Problem> problems) {
        if (!ids.containsKey(id)) {
            problems.add(new Problem(at, "names unknown " + kind + " " + Checks.quote(id)));
        }
    }

    private void controls(String at, List<ControlEffect> effects, List<Problem> problems) {
        for (int i = 0; i < effects.size(); i++) {
            ControlEffect e = effects.get(i);
            Catalog c = catalogs.get(e.control().catalogId());
            if (c == null) {
                problems.add(new Problem(at + "[" + i + "].control", "names control " + Checks.quote(e.control()
                        .toString()) + " of unknown catalogue " + Checks.quote(e.control().catalogId()) + " (known: "
                        + catalogs.keySet() + ")"));
            } else if (c.find(e.control().controlId()).isEmpty()) {
                problems.add(new Problem(at + "[" + i + "].control", "names unknown control id "
                        + Checks.quote(e.control().controlId().toString()) + " in catalogue " + Checks.quote(c.id())));
            }
        }
    }
}
