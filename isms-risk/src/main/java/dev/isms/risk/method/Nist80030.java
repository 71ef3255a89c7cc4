// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.core.TextParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The qualitative and semi-quantitative assessment scales of NIST SP 800-30 Rev. 1, "Guide for Conducting Risk
 * Assessments" (September 2012): likelihood (Appendix G), impact (Appendix H) and level of risk (Appendix I).
 *
 * <p>All the scales share five {@link Level}s with the same semi-quantitative ranges 0–4, 5–20, 21–79, 80–95
 * and 96–100 and the same 0–10 values 0, 2, 5, 8, 10 (Tables G-2, G-3, G-4, G-5, H-3, I-2, I-3). Two tables combine
 * them: Table G-5 gives the overall likelihood from the likelihood of threat event initiation (adversarial,
 * Table G-2) or occurrence (non-adversarial, Table G-3) and the likelihood that the event results in adverse
 * impact (Table G-4); Table I-2 gives the level of risk from the overall likelihood and the impact (Table H-3).
 *
 * <pre>{@code
 * Level likelihood = Nist80030.overallLikelihood(Level.HIGH, Level.MODERATE);   // MODERATE
 * Level risk = Nist80030.risk(likelihood, Level.VERY_HIGH);                     // HIGH
 * }</pre>
 *
 * @since 0.1
 */
public final class Nist80030 {

    /** Table G-5, "Assessment Scale – Overall Likelihood": {@code [initiation or occurrence][adverse impact]}. */
    private static final List<List<Level>> TABLE_G5 = List.of(
            List.of(Level.VERY_LOW, Level.VERY_LOW, Level.LOW, Level.LOW, Level.LOW),            // Very Low
            List.of(Level.VERY_LOW, Level.LOW, Level.LOW, Level.MODERATE, Level.MODERATE),       // Low
            List.of(Level.LOW, Level.LOW, Level.MODERATE, Level.MODERATE, Level.HIGH),           // Moderate
            List.of(Level.LOW, Level.MODERATE, Level.MODERATE, Level.HIGH, Level.VERY_HIGH),     // High
            List.of(Level.LOW, Level.MODERATE, Level.HIGH, Level.VERY_HIGH, Level.VERY_HIGH));   // Very High

    /** Table I-2, "Assessment Scale – Level of Risk (Combination of Likelihood and Impact)": {@code [l][i]}. */
    private static final List<List<Level>> TABLE_I2 = List.of(
            List.of(Level.VERY_LOW, Level.VERY_LOW, Level.VERY_LOW, Level.LOW, Level.LOW),       // Very Low
            List.of(Level.VERY_LOW, Level.LOW, Level.LOW, Level.LOW, Level.MODERATE),            // Low
            List.of(Level.VERY_LOW, Level.LOW, Level.MODERATE, Level.MODERATE, Level.HIGH),      // Moderate
            List.of(Level.VERY_LOW, Level.LOW, Level.MODERATE, Level.HIGH, Level.VERY_HIGH),     // High
            List.of(Level.VERY_LOW, Level.LOW, Level.MODERATE, Level.HIGH, Level.VERY_HIGH));    // Very High

    private Nist80030() {
    }

    /**
     * A qualitative value of the NIST SP 800-30 assessment scales with its semi-quantitative range and 0–10
     * value, lowest first. {@link #toString()} gives the published wording, such as {@code "Very High"}.
     */
    public enum Level {
        /** Very Low: semi-quantitative 0–4, value 0. */
        VERY_LOW("Very Low", 0, 4, 0),
        /** Low: semi-quantitative 5–20, value 2. */
        LOW("Low", 5, 20, 2),
        /** Moderate: semi-quantitative 21–79, value 5. */
        MODERATE("Moderate", 21, 79, 5),
        /** High: semi-quantitative 80–95, value 8. */
        HIGH("High", 80, 95, 8),
        /** Very High: semi-quantitative 96–100, value 10. */
        VERY_HIGH("Very High", 96, 100, 10);

        private final String label;
        private final int min;
        private final int max;
        private final int score;

        Level(String label, int min, int max, int score) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.score = score;
        }

        /** {@return the smallest semi-quantitative value of the level's 0–100 range} */
        public int min() {
            return min;
        }

        /** {@return the largest semi-quantitative value of the level's 0–100 range} */
        public int max() {
            return max;
        }

        /** {@return the level's published semi-quantitative value on the 0–10 scale: 0, 2, 5, 8 or 10} */
        public int score() {
            return score;
        }

        /**
         * {@return the level's representative value on the 0–100 scale: ten times {@link #score()}, so 0, 20, 50,
         * 80 or 100, which lies in the level's range}
         */
        public int representativeValue() {
            return score * 10;
        }

        /**
         * Tells whether a semi-quantitative value lies in the level's range.
         *
         * @param value the value
         * @return true if {@code min() <= value <= max()}
         */
        public boolean contains(int value) {
            return value >= min && value <= max;
        }

        /**
         * Returns the level whose semi-quantitative range holds a value.
         *
         * @param value 0..100
         * @return the level
         * @throws IllegalArgumentException if the value is not within 0..100
         */
        public static Level fromSemiQuantitative(int value) {
            for (Level l : values()) {
                if (l.contains(value)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("semi-quantitative value must be 0..100 but was " + value);
        }

        /**
         * Reads a level from its name, ignoring case, with blanks, {@code _} or {@code -} between words
         * ({@code "Very High"}, {@code "VERY_HIGH"}, {@code "very-high"}), or from a semi-quantitative integer
         * 0..100 in ASCII digits.
         *
         * @param text the name or value, not null
         * @return the level
         * @throws TextParseException if the text is neither a level name nor an integer 0..100
         */
        public static Level parse(String text) {
            String t = Objects.requireNonNull(text, "level").trim();
            if (!t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
                if (t.length() > 3 || Integer.parseInt(t) > 100) {
                    throw new TextParseException("NIST SP 800-30 level", text, text.indexOf(t),
                            "as a semi-quantitative value must be 0..100");
                }
                return fromSemiQuantitative(Integer.parseInt(t));
            }
            String key = t.toUpperCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
            for (Level l : values()) {
                if (l.name().equals(key)) {
                    return l;
                }
            }
            throw new TextParseException("NIST SP 800-30 level", text, 0, "must be one of [Very Low, Low, Moderate,"
                    + " High, Very High] or an integer 0..100");
        }

        /** {@return the published wording, such as {@code "Very High"}} */
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Looks up the overall likelihood in Table G-5.
     *
     * @param initiation the likelihood of threat event initiation (Table G-2) or occurrence (Table G-3), not null
     * @param adverseImpact the likelihood that the threat event results in adverse impacts (Table G-4), not null
     * @return the overall likelihood
     */
    public static Level overallLikelihood(Level initiation, Level adverseImpact) {
        return TABLE_G5.get(initiation.ordinal()).get(adverseImpact.ordinal());
    }

    /**
     * Looks up the level of risk in Table I-2.
     *
     * @param likelihood the overall likelihood (Table G-5), not null
     * @param impact the level of impact (Table H-3), not null
     * @return the level of risk (Table I-3)
     */
    public static Level risk(Level likelihood, Level impact) {
        return TABLE_I2.get(likelihood.ordinal()).get(impact.ordinal());
    }

    /**
     * Assesses the level of risk from the three inputs: Table G-5, then Table I-2.
     *
     * @param initiation the likelihood of threat event initiation or occurrence, not null
     * @param adverseImpact the likelihood that the threat event results in adverse impacts, not null
     * @param impact the level of impact, not null
     * @return the level of risk
     */
    public static Level risk(Level initiation, Level adverseImpact, Level impact) {
        return risk(overallLikelihood(initiation, adverseImpact), impact);
    }
}
