// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import dev.isms.risk.internal.cvss.Cvss31Calculator;
import dev.isms.risk.internal.cvss.Grammars;
import java.util.Map;

/**
 * A CVSS v3.1 vector with its base, temporal and environmental scores.
 *
 * <p>Temporal ({@code E}, {@code RL}, {@code RC}) and environmental ({@code CR}, {@code IR}, {@code AR} and the
 * modified base metrics {@code MAV} ... {@code MA}) metrics are optional; when Not Defined they weigh 1 or take the
 * base metric's value, as the specification says, so the temporal score equals the base score and the environmental
 * score follows the environmental equation (which can differ from the base score by 0.1 for Scope Changed vectors,
 * exactly as FIRST's calculator shows).
 *
 * @since 0.1
 */
public final class Cvss31 implements Cvss {
    /** The defined metrics in specification order. */
    private final Map<String, String> metrics;
    /** The canonical vector. */
    private final String vector;
    /** The three scores. */
    private final Cvss31Calculator.Scores scores;

    private Cvss31(Map<String, String> metrics) {
        this.metrics = metrics;
        this.vector = Grammars.CVSS_3_1.format(metrics);
        this.scores = Cvss31Calculator.score(metrics);
    }

    /**
     * Parses a CVSS v3.1 vector string.
     *
     * @param vector the vector string, starting with {@code CVSS:3.1/}, not null
     * @return the parsed vector with its scores
     * @throws CvssException if the text is not a valid CVSS v3.1 vector
     * @see Cvss#parse(String)
     */
    public static Cvss31 parse(String vector) {
        return new Cvss31(Grammars.CVSS_3_1.parse(vector));
    }

    @Override
    public CvssVersion version() {
        return CvssVersion.V3_1;
    }

    @Override
    public double baseScore() {
        return scores.base();
    }

    /**
     * {@return the temporal score, Roundup(BaseScore × E × RL × RC); the base score when no temporal metric is set}
     */
    public double temporalScore() {
        return scores.temporal();
    }

    /**
     * {@return the environmental score, computed from the modified metrics and security requirements}
     */
    public double environmentalScore() {
        return scores.environmental();
    }

    @Override
    public String vector() {
        return vector;
    }

    @Override
    public String metric(String name) {
        return Grammars.CVSS_3_1.value(metrics, name);
    }

    @Override
    public Map<String, String> metrics() {
        return metrics;
    }

    /**
     * {@return whether the other object is a CVSS v3.1 vector with the same defined metrics}
     *
     * @param other the object to compare with, may be null
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Cvss31 that && vector.equals(that.vector);
    }

    /**
     * {@return a hash code consistent with {@link #equals(Object)}}
     */
    @Override
    public int hashCode() {
        return vector.hashCode();
    }

    /**
     * {@return the canonical vector string, as {@link #vector()}}
     */
    @Override
    public String toString() {
        return vector;
    }
}
