// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.method.Nist80030.Level;
import dev.isms.risk.spi.MethodRequest;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import java.util.Objects;

/**
 * A typed request for NIST SP 800-30 Rev. 1 ({@link Nist80030Scorer}): the likelihood of threat event initiation
 * (adversarial) or occurrence (non-adversarial), the likelihood that the event results in adverse impacts, and the
 * level of impact.
 *
 * <pre>{@code
 * RiskScore s = engine.score(Nist80030Request.adversarial(Level.MODERATE, Level.HIGH, Level.HIGH));
 * }</pre>
 *
 * @param adversarial true for an adversarial threat event (likelihood of initiation, Table G-2), false for a
 *        non-adversarial one (likelihood of occurrence, Table G-3)
 * @param eventLikelihood the likelihood of initiation or occurrence, not null
 * @param adverseImpactLikelihood the likelihood that the event results in adverse impacts (Table G-4), not null
 * @param impact the level of impact (Table H-3), not null
 * @since 0.2
 */
public record Nist80030Request(boolean adversarial, Level eventLikelihood, Level adverseImpactLikelihood,
        Level impact) implements MethodRequest {

    /**
     * Validates the components.
     *
     * @param adversarial whether the threat event is adversarial
     * @param eventLikelihood not null
     * @param adverseImpactLikelihood not null
     * @param impact not null
     */
    public Nist80030Request {
        Objects.requireNonNull(eventLikelihood, "eventLikelihood");
        Objects.requireNonNull(adverseImpactLikelihood, "adverseImpactLikelihood");
        Objects.requireNonNull(impact, "impact");
    }

    /**
     * Creates a request for an adversarial threat event.
     *
     * @param initiation the likelihood of threat event initiation (Table G-2), not null
     * @param adverseImpactLikelihood the likelihood that it results in adverse impacts (Table G-4), not null
     * @param impact the level of impact (Table H-3), not null
     * @return the request
     */
    public static Nist80030Request adversarial(Level initiation, Level adverseImpactLikelihood, Level impact) {
        return new Nist80030Request(true, initiation, adverseImpactLikelihood, impact);
    }

    /**
     * Creates a request for a non-adversarial threat event.
     *
     * @param occurrence the likelihood of threat event occurrence (Table G-3), not null
     * @param adverseImpactLikelihood the likelihood that it results in adverse impacts (Table G-4), not null
     * @param impact the level of impact (Table H-3), not null
     * @return the request
     */
    public static Nist80030Request nonAdversarial(Level occurrence, Level adverseImpactLikelihood, Level impact) {
        return new Nist80030Request(false, occurrence, adverseImpactLikelihood, impact);
    }

    /** {@return {@value Nist80030Scorer#ID}} */
    @Override
    public String methodId() {
        return Nist80030Scorer.ID;
    }

    /**
     * {@return {@code initiation} or {@code occurrence}, {@code adverse-impact-likelihood} and {@code impact}, each a
     * level's published wording such as {@code "Very High"}}
     */
    @Override
    public ScoringRequest toScoringRequest() {
        return ScoringRequest.of(Map.of(adversarial ? Nist80030Scorer.INITIATION : Nist80030Scorer.OCCURRENCE,
                eventLikelihood.toString(), Nist80030Scorer.ADVERSE_IMPACT_LIKELIHOOD,
                adverseImpactLikelihood.toString(), Nist80030Scorer.IMPACT, impact.toString()));
    }
}
