// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

/**
 * The qualitative severity rating scale shared by CVSS v3.1 (table 14) and v4.0: None 0.0, Low 0.1-3.9,
 * Medium 4.0-6.9, High 7.0-8.9 and Critical 9.0-10.0.
 *
 * @since 0.1
 */
public enum CvssSeverity {
    /** A score of 0.0. */
    NONE,
    /** A score from 0.1 to 3.9. */
    LOW,
    /** A score from 4.0 to 6.9. */
    MEDIUM,
    /** A score from 7.0 to 8.9. */
    HIGH,
    /** A score from 9.0 to 10.0. */
    CRITICAL;

    /**
     * Rates a CVSS score.
     *
     * @param score a score rounded to one decimal, 0.0..10.0
     * @return the severity band the score falls in
     * @throws IllegalArgumentException if the score is not within 0.0..10.0
     */
    public static CvssSeverity of(double score) {
        if (!(score >= 0.0 && score <= 10.0)) {
            throw new IllegalArgumentException("CVSS score must be 0.0..10.0 but was " + score);
        }
        if (score == 0.0) {
            return NONE;
        }
        if (score < 4.0) {
            return LOW;
        }
        if (score < 7.0) {
            return MEDIUM;
        }
        return score < 9.0 ? HIGH : CRITICAL;
    }
}
