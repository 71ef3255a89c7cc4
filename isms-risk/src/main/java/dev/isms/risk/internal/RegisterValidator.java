// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.core.Catalog;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskTreatment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a register's parts refer to each other and to the catalogues consistently, collecting every
 * problem before throwing once, so a register is never half-built.
 */
public final class RegisterValidator {
    private final RiskCriteria criteria;
    private final AssetInventory assets;
    private final Set<String> threats;
    private final Set<String> vulnerabilities;
    private final Set<String> sources;
    private final Map<String, Catalog> catalogs;
    private final List<String> problems = new ArrayList<>();

    /**
     * Creates a validator.
     *
     * @param criteria the criteria
     * @param assets the asset inventory
     * @param threats known threat ids
     * @param vulnerabilities known vulnerability ids
     * @param sources known risk source ids
     * @param catalogs known catalogues by id
     */
    public RegisterValidator(RiskCriteria criteria, AssetInventory assets, Set<String> threats,
            Set<String> vulnerabilities, Set<String> sources, Map<String, Catalog> catalogs) {
        this.criteria = criteria;
        this.assets = assets;
        this.threats = threats;
        this.vulnerabilities = vulnerabilities;
        this.sources = sources;
        this.catalogs = catalogs;
    }

    /**
     * Validates everything and throws once if anything is wrong.
     *
     * @param scenarios the scenarios
     * @param treatments the treatments
     * @param acceptances the acceptances
     * @throws RiskModelException listing every problem
     */
    public void validate(List<RiskScenario> scenarios, List<RiskTreatment> treatments,
            List<RiskAcceptance> acceptances) {
        Set<String> ids = new HashSet<>();
        for (RiskScenario s : scenarios) {
            if (!ids.add(s.id())) {
                problems.add("duplicate scenario id '" + s.id() + "'");
            }
            scenario(s);
        }
        Set<String> treatmentIds = new HashSet<>();
        for (RiskTreatment t : treatments) {
            if (!treatmentIds.add(t.id())) {
                problems.add("duplicate treatment id '" + t.id() + "'");
            }
            if (!ids.contains(t.scenarioId())) {
                problems.add("treatment '" + t.id() + "' names unknown scenario '" + t.scenarioId() + "'");
            }
            controls("treatment '" + t.id() + "'", t.controls());
        }
        Set<String> accepted = new HashSet<>();
        for (RiskAcceptance a : acceptances) {
            if (!ids.contains(a.scenarioId())) {
                problems.add("acceptance names unknown scenario '" + a.scenarioId() + "'");
            }
            if (!accepted.add(a.scenarioId())) {
                problems.add("scenario '" + a.scenarioId() + "' has more than one acceptance");
            }
        }
        if (!problems.isEmpty()) {
            throw new RiskModelException("risk register is invalid (" + problems.size() + " problems): "
                    + String.join("; ", problems));
        }
    }

    private void scenario(RiskScenario s) {
        String where = "scenario '" + s.id() + "'";
        if (s.basis() instanceof ScenarioBasis.AssetBased) {
            ScenarioBasis.AssetBased b = (ScenarioBasis.AssetBased) s.basis();
            known(threats, b.threatId(), where, "threat");
            known(vulnerabilities, b.vulnerabilityId(), where, "vulnerability");
        } else {
            known(sources, ((ScenarioBasis.EventBased) s.basis()).riskSourceId(), where, "risk source");
        }
        for (String a : s.affectedAssets()) {
            if (assets.find(a).isEmpty()) {
                problems.add(where + " names unknown asset '" + a + "'");
            }
        }
        if (s.likelihood() > criteria.likelihood().size()) {
            problems.add(where + " likelihood must be 1.." + criteria.likelihood().size() + " but was "
                    + s.likelihood());
        }
        for (Map.Entry<ConsequenceCategory, Integer> e : s.consequences().entrySet()) {
            int max = criteria.consequence(e.getKey()).size();
            if (e.getValue() > max) {
                problems.add(where + " consequence for " + e.getKey() + " must be 1.." + max + " but was "
                        + e.getValue());
            }
        }
        if (s.targetLevel().isPresent() && !criteria.riskLevels().contains(s.targetLevel().get())) {
            problems.add(where + " target level must be one of " + criteria.riskLevels() + " but was '"
                    + s.targetLevel().get() + "'");
        }
        controls(where, s.existingControls());
    }

    private void known(Set<String> ids, String id, String where, String kind) {
        if (!ids.contains(id)) {
            problems.add(where + " names unknown " + kind + " '" + id + "'");
        }
    }

    private void controls(String where, List<ControlEffect> effects) {
        for (ControlEffect e : effects) {
            Catalog c = catalogs.get(e.control().catalogId());
            if (c == null) {
                problems.add(where + " names control " + e.control() + " of unknown catalogue '"
                        + e.control().catalogId() + "' (known: " + catalogs.keySet() + ")");
            } else if (!c.contains(e.control().controlId().toString())) {
                problems.add(where + " names unknown control id '" + e.control().controlId() + "' in catalogue '"
                        + c.id() + "'");
            }
        }
    }
}
