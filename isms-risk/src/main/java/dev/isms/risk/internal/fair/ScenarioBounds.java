// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LogNormal;
import java.util.List;

// Why: one place that decides whether a scenario's losses can overflow, for FairScenario and the fair scorer alike.
/**
 * Checks the magnitude rules of {@link FairScenario}: from the largest simulated value of each estimate, the largest
 * loss of an event, the largest mean number of loss events a year and the largest annual loss must be at most
 * {@link FairScenario#MAX_LOSS}.
 */
public final class ScenarioBounds {
    /** The names of the scenario's fields, for messages. */
    public static final List<String> FIELDS = List.of("threatEventFrequency", "vulnerability", "primaryLoss",
            "secondaryEventProbability", "secondaryLoss");

    private ScenarioBounds() {
    }

    /**
     * Checks a scenario's factors.
     *
     * @param names the names of TEF, V, PL, SLEF and SL in messages
     * @param tef threat event frequency
     * @param v the vulnerability
     * @param primary primary loss
     * @param slef secondary loss event probability
     * @param secondary secondary loss
     * @throws IllegalArgumentException naming the factors and the bound they exceed
     */
    public static void check(List<String> names, Distribution tef, FairVulnerability v, Distribution primary,
            Distribution slef, Distribution secondary) {
        double t = finiteLargest(names.get(0), tef);
        double p = finiteLargest(names.get(2), primary);
        double s = finiteLargest(names.get(4), secondary);
        double vulnerability = v instanceof FairVulnerability.Direct direct ? direct.probability().upperBound() : 1;
        double chance = slef.upperBound();
        double event = p + chance * s;
        requireAtMost("the largest loss of an event, " + names.get(2) + " + " + names.get(3) + " × " + names.get(4)
                + " = " + p + " + " + chance + " × " + s, event);
        requireAtMost("the largest mean number of loss events a year, " + names.get(0) + " × " + names.get(1) + " = "
                + t + " × " + vulnerability, t * vulnerability);
        requireAtMost("the largest annual loss, " + names.get(0) + " × " + names.get(1) + " × (" + names.get(2)
                + " + " + names.get(3) + " × " + names.get(4) + ") = " + t + " × " + vulnerability + " × " + event,
                t * vulnerability * event);
    }

    private static double finiteLargest(String name, Distribution d) {
        double largest = Samplers.largest(d);
        if (!Double.isFinite(largest) && d instanceof LogNormal l) {
            throw new IllegalArgumentException(name + " must have a finite largest simulated value exp(μ + 14σ) but"
                    + " it overflows for μ = " + l.mu() + ", σ = " + l.sigma());
        }
        return largest;
    }

    private static void requireAtMost(String what, double value) {
        if (!(value <= FairScenario.MAX_LOSS)) {
            throw new IllegalArgumentException(what + " = " + value + " must be at most " + FairScenario.MAX_LOSS);
        }
    }
}
