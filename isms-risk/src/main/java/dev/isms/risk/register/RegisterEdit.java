// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskScore;
import dev.isms.risk.Tier;
import java.util.Objects;

/**
 * One change to a risk register: add or replace, or remove, a scenario, a treatment, an acceptance or a stored
 * score. {@link RiskRegister#apply(java.util.Collection)} applies any number of them in order, validates the result
 * once and yields exactly one new version.
 *
 * <pre>{@code
 * RiskRegister next = register.apply(List.of(RegisterEdit.putScenario(s), RegisterEdit.putTreatment(t),
 *         RegisterEdit.putScore("R-1", Tier.CURRENT, fairScore), RegisterEdit.removeTreatment("T-7")));
 * }</pre>
 *
 * <p>Edits are immutable values; a register keeps no log of them.
 *
 * @since 0.2
 */
public sealed interface RegisterEdit permits RegisterEdit.PutScenario, RegisterEdit.RemoveScenario,
        RegisterEdit.PutTreatment, RegisterEdit.RemoveTreatment, RegisterEdit.PutAcceptance,
        RegisterEdit.RemoveAcceptance, RegisterEdit.PutScore, RegisterEdit.RemoveScore {

    /**
     * Adds a scenario, or replaces the one with its id (keeping its place, treatments and acceptance).
     *
     * @param scenario the scenario, not null
     * @return the edit
     */
    static RegisterEdit putScenario(RiskScenario scenario) {
        return new PutScenario(scenario);
    }

    /**
     * Removes a scenario with its treatments and acceptance.
     *
     * @param scenarioId the scenario's id, not blank; it must exist when the edit is applied
     * @return the edit
     */
    static RegisterEdit removeScenario(String scenarioId) {
        return new RemoveScenario(scenarioId);
    }

    /**
     * Adds a treatment, or replaces the one with its id (keeping its place).
     *
     * @param treatment the treatment, not null
     * @return the edit
     */
    static RegisterEdit putTreatment(RiskTreatment treatment) {
        return new PutTreatment(treatment);
    }

    /**
     * Removes a treatment.
     *
     * @param treatmentId the treatment's id, not blank; it must exist when the edit is applied
     * @return the edit
     */
    static RegisterEdit removeTreatment(String treatmentId) {
        return new RemoveTreatment(treatmentId);
    }

    /**
     * Records an acceptance, replacing any earlier acceptance of its scenario.
     *
     * @param acceptance the acceptance, not null
     * @return the edit
     */
    static RegisterEdit putAcceptance(RiskAcceptance acceptance) {
        return new PutAcceptance(acceptance);
    }

    /**
     * Removes the acceptance of a scenario.
     *
     * @param scenarioId the scenario's id, not blank; it must have an acceptance when the edit is applied
     * @return the edit
     */
    static RegisterEdit removeAcceptance(String scenarioId) {
        return new RemoveAcceptance(scenarioId);
    }

    /**
     * Stores a score of a scenario at a tier, replacing the score the same method gave that tier.
     *
     * @param scenarioId the scenario's id, not blank; it must exist when the edit is applied
     * @param tier the tier the score assesses, not null
     * @param score the score, not null
     * @return the edit
     */
    static RegisterEdit putScore(String scenarioId, Tier tier, RiskScore score) {
        return new PutScore(scenarioId, tier, score);
    }

    /**
     * Removes the score a method gave a scenario at a tier.
     *
     * @param scenarioId the scenario's id, not blank; it must hold such a score when the edit is applied
     * @param tier the tier, not null
     * @param methodId the method, not blank
     * @return the edit
     */
    static RegisterEdit removeScore(String scenarioId, Tier tier, String methodId) {
        return new RemoveScore(scenarioId, tier, methodId);
    }

    /**
     * Adds or replaces a scenario.
     *
     * @param scenario the scenario, not null
     */
    record PutScenario(RiskScenario scenario) implements RegisterEdit {
        /**
         * Validates the component.
         *
         * @param scenario not null
         */
        public PutScenario {
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    /**
     * Removes a scenario with its treatments and acceptance.
     *
     * @param scenarioId the scenario's id, not blank
     */
    record RemoveScenario(String scenarioId) implements RegisterEdit {
        /**
         * Validates the component.
         *
         * @param scenarioId not blank
         */
        public RemoveScenario {
            Checks.notBlank(scenarioId, "scenarioId");
        }
    }

    /**
     * Adds or replaces a treatment.
     *
     * @param treatment the treatment, not null
     */
    record PutTreatment(RiskTreatment treatment) implements RegisterEdit {
        /**
         * Validates the component.
         *
         * @param treatment not null
         */
        public PutTreatment {
            Objects.requireNonNull(treatment, "treatment");
        }
    }

    /**
     * Removes a treatment.
     *
     * @param treatmentId the treatment's id, not blank
     */
    record RemoveTreatment(String treatmentId) implements RegisterEdit {
        /**
         * Validates the component.
         *
         * @param treatmentId not blank
         */
        public RemoveTreatment {
            Checks.notBlank(treatmentId, "treatmentId");
        }
    }

    /**
     * Records an acceptance, replacing any earlier one of its scenario.
     *
     * @param acceptance the acceptance, not null
     */
    record PutAcceptance(RiskAcceptance acceptance) implements RegisterEdit {
        /**
         * Validates the component.
         *
         * @param acceptance not null
         */
        public PutAcceptance {
            Objects.requireNonNull(acceptance, "acceptance");
        }
    }

    /**
     * Removes a scenario's acceptance.
     *
     * @param scenarioId the scenario's id, not blank
     */
    record RemoveAcceptance(String scenarioId) implements RegisterEdit {
        /**
         * Validates the component.
         *
         * @param scenarioId not blank
         */
        public RemoveAcceptance {
            Checks.notBlank(scenarioId, "scenarioId");
        }
    }

    /**
     * Stores a score of a scenario at a tier.
     *
     * @param scenarioId the scenario's id, not blank
     * @param tier the tier, not null
     * @param score the score, not null
     */
    record PutScore(String scenarioId, Tier tier, RiskScore score) implements RegisterEdit {
        /**
         * Validates the components.
         *
         * @param scenarioId not blank
         * @param tier not null
         * @param score not null
         */
        public PutScore {
            Checks.notBlank(scenarioId, "scenarioId");
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * Removes a stored score.
     *
     * @param scenarioId the scenario's id, not blank
     * @param tier the tier, not null
     * @param methodId the method, not blank
     */
    record RemoveScore(String scenarioId, Tier tier, String methodId) implements RegisterEdit {
        /**
         * Validates the components.
         *
         * @param scenarioId not blank
         * @param tier not null
         * @param methodId not blank
         */
        public RemoveScore {
            Checks.notBlank(scenarioId, "scenarioId");
            Objects.requireNonNull(tier, "tier");
            Checks.notBlank(methodId, "methodId");
        }
    }
}
