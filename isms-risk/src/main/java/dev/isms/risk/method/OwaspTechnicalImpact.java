// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.internal.method.OwaspVector;
import java.util.List;

/**
 * The four technical impact factors of the OWASP Risk Rating Methodology (step 3), each rated 0..9: the loss of
 * confidentiality, integrity, availability and accountability. The technical impact is their plain average.
 *
 * @param confidentiality loss of confidentiality (vector {@code LC}), 0..9
 * @param integrity loss of integrity ({@code LI}), 0..9
 * @param availability loss of availability ({@code LAV}), 0..9
 * @param accountability loss of accountability ({@code LAC}), 0..9
 * @since 0.1
 */
public record OwaspTechnicalImpact(int confidentiality, int integrity, int availability, int accountability) {

    /**
     * Validates the ratings.
     *
     * @param confidentiality 0..9
     * @param integrity 0..9
     * @param availability 0..9
     * @param accountability 0..9
     * @throws IllegalArgumentException naming the first factor outside 0..9, such as
     *         "loss of integrity must be 0..9 but was -1"
     */
    public OwaspTechnicalImpact {
        OwaspVector.factor(confidentiality, "loss of confidentiality");
        OwaspVector.factor(integrity, "loss of integrity");
        OwaspVector.factor(availability, "loss of availability");
        OwaspVector.factor(accountability, "loss of accountability");
    }

    /** {@return the technical impact: the average of the four factors, 0..9} */
    public double score() {
        return (confidentiality + integrity + availability + accountability) / 4.0;
    }

    /** {@return the four ratings in the published order: LC, LI, LAV, LAC} */
    public List<Integer> values() {
        return List.of(confidentiality, integrity, availability, accountability);
    }
}
