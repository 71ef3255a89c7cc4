// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.method;

import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LogNormal;
import dev.isms.risk.fair.PertVariant;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link FairScenario} as the text parameters the fair scorer reads, so a typed FAIR request and a stored
 * score hold the same plain values; rejects the estimates the scorer cannot read, naming them.
 */
public final class FairParameters {
    /** The 95th percentile of the standard normal distribution, Φ⁻¹(0.95), as the lognormal factory uses it. */
    private static final double Z95 = 1.6448536269514722;

    private FairParameters() {
    }

    /**
     * Writes a scenario's estimates.
     *
     * @param scenario the scenario
     * @return {@code tef}, {@code vulnerability}, {@code loss} or {@code loss.lognormal90}, and the secondary loss
     *         parameters when the scenario has secondary loss; a modifiable, insertion-ordered map
     * @throws IllegalArgumentException naming an estimate of a shape the scorer cannot read
     */
    public static Map<String, String> of(FairScenario scenario) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tef", pert("threatEventFrequency", scenario.threatEventFrequency()));
        if (!(scenario.vulnerability() instanceof FairVulnerability.Direct)) {
            throw new IllegalArgumentException("FAIR request vulnerability must be a direct estimate, as the fair"
                    + " scorer reads it, but was " + scenario.vulnerability());
        }
        p.put("vulnerability", pert("vulnerability", ((FairVulnerability.Direct) scenario.vulnerability())
                .probability()));
        if (scenario.primaryLoss() instanceof LogNormal) {
            LogNormal l = (LogNormal) scenario.primaryLoss();
            p.put("loss.lognormal90", number(Math.exp(l.mu() - Z95 * l.sigma())) + ","
                    + number(Math.exp(l.mu() + Z95 * l.sigma())));
        } else {
            p.put("loss", pert("primaryLoss", scenario.primaryLoss()));
        }
        if (scenario.hasSecondaryLoss()) {
            p.put("secondary.probability", pert("secondaryEventProbability", scenario.secondaryEventProbability()));
            p.put("secondary.loss", pert("secondaryLoss", scenario.secondaryLoss()));
        }
        return p;
    }

    private static String pert(String field, Distribution d) {
        if (d instanceof Constant) {
            String v = number(((Constant) d).value());
            return v + "," + v + "," + v;
        }
        if (d instanceof BetaPert) {
            BetaPert b = (BetaPert) d;
            if (b.lambda() == BetaPert.DEFAULT_LAMBDA && b.variant() == PertVariant.CLASSIC) {
                return number(b.min()) + "," + number(b.mode()) + "," + number(b.max());
            }
        }
        throw new IllegalArgumentException("FAIR request " + field + " must be a classic beta-PERT (lambda 4) or a"
                + " constant, as the fair scorer reads it, but was " + d);
    }

    /**
     * Writes a number exactly and readably: the shortest decimal that reads back as the same double, without an
     * exponent ({@code 250000}, {@code 0.15}).
     *
     * @param d a finite number
     * @return its text
     */
    public static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
