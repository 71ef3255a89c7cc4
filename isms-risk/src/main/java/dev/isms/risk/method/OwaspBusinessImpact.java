// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.internal.method.OwaspVector;
import java.util.List;

/**
 * The four business impact factors of the OWASP Risk Rating Methodology (step 3), each rated 0..9: financial
 * damage, reputation damage, non-compliance and privacy violation. The business impact is their plain average;
 * when it is known, the methodology uses it instead of the technical impact.
 *
 * @param financialDamage financial damage (vector {@code FD}), 0..9
 * @param reputationDamage reputation damage ({@code RD}), 0..9
 * @param nonCompliance non-compliance ({@code NC}), 0..9
 * @param privacyViolation privacy violation ({@code PV}), 0..9
 * @since 0.1
 */
public record OwaspBusinessImpact(int financialDamage, int reputationDamage, int nonCompliance,
        int privacyViolation) {

    /**
     * Validates the ratings.
     *
     * @param financialDamage 0..9
     * @param reputationDamage 0..9
     * @param nonCompliance 0..9
     * @param privacyViolation 0..9
     * @throws IllegalArgumentException naming the first factor outside 0..9, such as
     *         "financial damage must be 0..9 but was 10"
     */
    public OwaspBusinessImpact {
        OwaspVector.factor(financialDamage, "financial damage");
        OwaspVector.factor(reputationDamage, "reputation damage");
        OwaspVector.factor(nonCompliance, "non-compliance");
        OwaspVector.factor(privacyViolation, "privacy violation");
    }

    /** {@return the business impact: the average of the four factors, 0..9} */
    public double score() {
        return (financialDamage + reputationDamage + nonCompliance + privacyViolation) / 4.0;
    }

    /** {@return the four ratings in the published order: FD, RD, NC, PV} */
    public List<Integer> values() {
        return List.of(financialDamage, reputationDamage, nonCompliance, privacyViolation);
    }
}
