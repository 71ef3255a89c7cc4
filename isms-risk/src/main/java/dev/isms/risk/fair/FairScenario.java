// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import dev.isms.risk.internal.fair.ScenarioBounds;
import java.util.Objects;

/**
 * One Open FAIR loss scenario: how often threat events occur, how often they become loss events, and what a loss
 * event costs in primary and secondary loss.
 *
 * <p>Magnitudes are bounded so that no sum the simulation forms can overflow: from each estimate's largest
 * simulated value (the maximum of a PERT, a constant's value, exp(μ + 14σ) for a lognormal, whose standard normal
 * draws never exceed 14 in magnitude), the largest loss of one event, PL + SLEF × SL, and the largest loss of a
 * year, TEF × V × (PL + SLEF × SL) (V at most 1), must be at most {@value #MAX_LOSS}; so must TEF × V, the largest
 * mean number of loss events a year.
 *
 * @param name a non-blank name for reports
 * @param threatEventFrequency threat events per year (TEF), support at least 0
 * @param vulnerability the probability that a threat event becomes a loss event
 * @param primaryLoss the primary loss magnitude per loss event, support at least 0
 * @param secondaryEventProbability the probability that a loss event also causes secondary loss (SLEF), support
 *     within [0, 1]
 * @param secondaryLoss the secondary loss magnitude (SLM) when it occurs, support at least 0
 * @since 0.1
 */
public record FairScenario(String name, Distribution threatEventFrequency, FairVulnerability vulnerability,
        Distribution primaryLoss, Distribution secondaryEventProbability, Distribution secondaryLoss) {

    /** The largest loss of an event or of a year, and the largest mean number of events a year, allowed. */
    public static final double MAX_LOSS = 1e100;

    private static final Constant ZERO = Constant.of(0);

    /**
     * Validates the scenario.
     *
     * @param name a non-blank name for reports
     * @param threatEventFrequency threat events per year (TEF), support at least 0
     * @param vulnerability the probability that a threat event becomes a loss event
     * @param primaryLoss the primary loss magnitude per loss event, support at least 0
     * @param secondaryEventProbability the probability that a loss event also causes secondary loss (SLEF),
     *     support within [0, 1]
     * @param secondaryLoss the secondary loss magnitude (SLM) when it occurs, support at least 0
     * @throws IllegalArgumentException if the name is blank, a frequency or loss can be negative, a probability
     *     can leave [0, 1], or a largest loss or frequency exceeds {@value #MAX_LOSS}
     */
    public FairScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(threatEventFrequency, "threatEventFrequency");
        Objects.requireNonNull(vulnerability, "vulnerability");
        Objects.requireNonNull(primaryLoss, "primaryLoss");
        Objects.requireNonNull(secondaryEventProbability, "secondaryEventProbability");
        Objects.requireNonNull(secondaryLoss, "secondaryLoss");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must be non-blank but was '" + name + "'");
        }
        requireNonNegative("threatEventFrequency", threatEventFrequency);
        requireNonNegative("primaryLoss", primaryLoss);
        requireProbability("secondaryEventProbability", secondaryEventProbability);
        requireNonNegative("secondaryLoss", secondaryLoss);
        ScenarioBounds.check(ScenarioBounds.FIELDS, threatEventFrequency, vulnerability, primaryLoss,
                secondaryEventProbability, secondaryLoss);
    }

    /**
     * Creates a scenario without secondary loss.
     *
     * @param name a non-blank name
     * @param threatEventFrequency threat events per year, support at least 0
     * @param vulnerability the vulnerability
     * @param primaryLoss the primary loss per loss event, support at least 0
     * @return the scenario
     * @throws IllegalArgumentException if a value breaks the rules of the canonical constructor
     */
    public static FairScenario of(String name, Distribution threatEventFrequency, FairVulnerability vulnerability,
            Distribution primaryLoss) {
        return new FairScenario(name, threatEventFrequency, vulnerability, primaryLoss, ZERO, ZERO);
    }

    /**
     * Returns a copy with secondary loss.
     *
     * @param probability the probability per loss event of secondary loss (SLEF), support within [0, 1]
     * @param magnitude the secondary loss magnitude, support at least 0
     * @return the copy
     * @throws IllegalArgumentException if a value breaks the rules of the canonical constructor
     */
    public FairScenario withSecondaryLoss(Distribution probability, Distribution magnitude) {
        return new FairScenario(name, threatEventFrequency, vulnerability, primaryLoss, probability, magnitude);
    }

    /**
     * {@return whether the scenario can produce secondary loss (neither SLEF nor SLM is the constant 0)}
     */
    public boolean hasSecondaryLoss() {
        return !ZERO.equals(secondaryEventProbability) && !ZERO.equals(secondaryLoss);
    }

    static void requireNonNegative(String field, Distribution d) {
        if (d.lowerBound() < 0) {
            throw new IllegalArgumentException(field + " must be >= 0 but its lower bound was " + d.lowerBound());
        }
    }

    static void requireProbability(String field, Distribution d) {
        if (d.lowerBound() < 0 || d.upperBound() > 1) {
            throw new IllegalArgumentException(field + " must be within [0, 1] but its support was ["
                    + d.lowerBound() + ", " + d.upperBound() + "]");
        }
    }
}
