// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

/**
 * One point of a loss exceedance curve: the probability that a year's loss is at least {@code loss}.
 *
 * @param loss the loss threshold, finite
 * @param probability the share of simulated years with loss at least {@code loss}, within [0, 1]
 * @since 0.1
 */
public record ExceedancePoint(double loss, double probability) {

    /**
     * Validates the point.
     *
     * @param loss the loss threshold, finite
     * @param probability the share of simulated years with loss at least {@code loss}, within [0, 1]
     * @throws IllegalArgumentException if {@code loss} is not finite or {@code probability} leaves [0, 1]
     */
    public ExceedancePoint {
        if (!Double.isFinite(loss)) {
            throw new IllegalArgumentException("loss must be finite but was " + loss);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be within [0, 1] but was " + probability);
        }
    }
}
