// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.internal.method.OwaspVector;
import java.util.List;

/**
 * The eight likelihood factors of the OWASP Risk Rating Methodology (step 2), each rated 0..9: four about the
 * threat agent and four about the vulnerability. The likelihood is their plain average.
 *
 * <p>The methodology's sample options: skill level 1, 3, 5, 6, 9; motive 1, 4, 9; opportunity 0, 4, 7, 9; size
 * 2, 4, 5, 6, 9; ease of discovery 1, 3, 7, 9; ease of exploit 1, 3, 5, 9; awareness 1, 4, 6, 9; intrusion
 * detection 1, 3, 8, 9. Any 0..9 rating is accepted, since organisations customise the options.
 *
 * @param skillLevel threat agent skill level (vector {@code SL}), 0..9
 * @param motive threat agent motive ({@code M}), 0..9
 * @param opportunity threat agent opportunity ({@code O}), 0..9
 * @param size threat agent population size ({@code S}), 0..9
 * @param easeOfDiscovery vulnerability ease of discovery ({@code ED}), 0..9
 * @param easeOfExploit vulnerability ease of exploit ({@code EE}), 0..9
 * @param awareness vulnerability awareness ({@code A}), 0..9
 * @param intrusionDetection vulnerability intrusion detection ({@code ID}), 0..9
 * @since 0.1
 */
public record OwaspLikelihoodFactors(int skillLevel, int motive, int opportunity, int size, int easeOfDiscovery,
        int easeOfExploit, int awareness, int intrusionDetection) {

    /**
     * Validates the ratings.
     *
     * @param skillLevel 0..9
     * @param motive 0..9
     * @param opportunity 0..9
     * @param size 0..9
     * @param easeOfDiscovery 0..9
     * @param easeOfExploit 0..9
     * @param awareness 0..9
     * @param intrusionDetection 0..9
     * @throws IllegalArgumentException naming the first factor outside 0..9, such as
     *         "skill level must be 0..9 but was 10"
     */
    public OwaspLikelihoodFactors {
        OwaspVector.factor(skillLevel, "skill level");
        OwaspVector.factor(motive, "motive");
        OwaspVector.factor(opportunity, "opportunity");
        OwaspVector.factor(size, "size");
        OwaspVector.factor(easeOfDiscovery, "ease of discovery");
        OwaspVector.factor(easeOfExploit, "ease of exploit");
        OwaspVector.factor(awareness, "awareness");
        OwaspVector.factor(intrusionDetection, "intrusion detection");
    }

    /** {@return the average of the four threat agent factors, 0..9} */
    public double threatAgent() {
        return (skillLevel + motive + opportunity + size) / 4.0;
    }

    /** {@return the average of the four vulnerability factors, 0..9} */
    public double vulnerability() {
        return (easeOfDiscovery + easeOfExploit + awareness + intrusionDetection) / 4.0;
    }

    /** {@return the overall likelihood: the average of all eight factors, 0..9} */
    public double score() {
        return (threatAgent() + vulnerability()) / 2.0;
    }

    /** {@return the eight ratings in the published order: SL, M, O, S, ED, EE, A, ID} */
    public List<Integer> values() {
        return List.of(skillLevel, motive, opportunity, size, easeOfDiscovery, easeOfExploit, awareness,
                intrusionDetection);
    }
}
