// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import dev.isms.risk.internal.cvss.Cvss40Calculator;
import dev.isms.risk.internal.cvss.Grammars;
import java.util.List;
import java.util.Map;

/**
 * A CVSS v4.0 vector with its scores.
 *
 * <p>{@link #baseScore()} is the CVSS-B score of the eleven base metrics alone. {@link #score()} also applies the
 * threat metric ({@code E}) and the environmental metrics ({@code CR}, {@code IR}, {@code AR}, {@code MAV} ...
 * {@code MSA}) through the same MacroVector logic; {@link #nomenclature()} names which of them it includes. Not
 * Defined follows FIRST's calculator: {@code E:X} counts as {@code A}, {@code CR/IR/AR:X} as {@code H} and a
 * modified metric {@code X} as its base metric. Supplemental metrics ({@code S}, {@code AU}, {@code R}, {@code V},
 * {@code RE}, {@code U}) are kept and printed but never change a score.
 *
 * @since 0.1
 */
public final class Cvss40 implements Cvss {
    /** The environmental metrics. */
    private static final List<String> ENVIRONMENTAL = List.of(
            "CR", "IR", "AR", "MAV", "MAC", "MAT", "MPR", "MUI", "MVC", "MVI", "MVA", "MSC", "MSI", "MSA");

    /** The defined metrics in specification order. */
    private final Map<String, String> metrics;
    /** The canonical vector. */
    private final String vector;
    /** The CVSS-B score. */
    private final double baseScore;
    /** The score with every metric group given. */
    private final double score;
    /** The MacroVector with every metric group given. */
    private final String macroVector;

    private Cvss40(Map<String, String> metrics) {
        this.metrics = metrics;
        this.vector = Grammars.CVSS_4_0.format(metrics);
        this.baseScore = Cvss40Calculator.baseScore(metrics);
        this.score = Cvss40Calculator.score(metrics);
        this.macroVector = Cvss40Calculator.macroVector(metrics);
    }

    /**
     * Parses a CVSS v4.0 vector string.
     *
     * @param vector the vector string, starting with {@code CVSS:4.0/}, not null
     * @return the parsed vector with its scores
     * @throws CvssException if the text is not a valid CVSS v4.0 vector
     * @see Cvss#parse(String)
     */
    public static Cvss40 parse(String vector) {
        return new Cvss40(Grammars.CVSS_4_0.parse(vector));
    }

    @Override
    public CvssVersion version() {
        return CvssVersion.V4_0;
    }

    /**
     * {@return the CVSS-B score of the base metrics alone, 0.0..10.0 with one decimal}
     */
    @Override
    public double baseScore() {
        return baseScore;
    }

    /**
     * {@return the score with the threat and environmental metrics applied, 0.0..10.0 with one decimal}
     */
    public double score() {
        return score;
    }

    /**
     * {@return the qualitative severity of {@link #score()}}
     */
    public CvssSeverity scoreSeverity() {
        return CvssSeverity.of(score);
    }

    /**
     * {@return which metric groups {@link #score()} includes: {@code CVSS-B}, {@code CVSS-BT}, {@code CVSS-BE} or
     * {@code CVSS-BTE}}
     */
    public String nomenclature() {
        boolean threat = metrics.containsKey("E");
        boolean environmental = ENVIRONMENTAL.stream().anyMatch(metrics::containsKey);
        return "CVSS-B" + (threat ? "T" : "") + (environmental ? "E" : "");
    }

    /**
     * {@return the MacroVector of the effective metrics: six digits EQ1 to EQ6, for example {@code 000200}}
     */
    public String macroVector() {
        return macroVector;
    }

    @Override
    public String vector() {
        return vector;
    }

    @Override
    public String metric(String name) {
        return Grammars.CVSS_4_0.value(metrics, name);
    }

    @Override
    public Map<String, String> metrics() {
        return metrics;
    }

    /**
     * {@return whether the other object is a CVSS v4.0 vector with the same defined metrics}
     *
     * @param other the object to compare with, may be null
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Cvss40 that && vector.equals(that.vector);
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
