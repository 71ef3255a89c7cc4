// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

/**
 * A calibrated estimate of one FAIR factor, expressed as a probability distribution.
 *
 * <p>The closed set of shapes: {@link BetaPert}, {@link LogNormal} and {@link Constant}. Each exposes its exact
 * mean and the bounds of its support, which scenarios use to reject, for example, negative frequencies.
 *
 * @since 0.1
 */
public sealed interface Distribution permits BetaPert, LogNormal, Constant {

    /**
     * {@return the exact mean of the distribution}
     */
    double mean();

    /**
     * {@return the smallest value the distribution can produce (0 for a lognormal)}
     */
    double lowerBound();

    /**
     * {@return the largest value the distribution can produce ({@code +Infinity} for a lognormal)}
     */
    double upperBound();

    /**
     * Creates a classic beta-PERT estimate with λ = 4.
     *
     * @param min the minimum, finite and at most {@code mode}
     * @param mode the most likely value, finite and at most {@code max}
     * @param max the maximum, finite
     * @return the estimate
     * @throws IllegalArgumentException if the three values are not finite and ordered
     */
    static BetaPert pert(double min, double mode, double max) {
        return BetaPert.of(min, mode, max);
    }

    /**
     * Creates a lognormal estimate from its 5th and 95th percentiles.
     *
     * @param low the 5th percentile, finite and greater than 0
     * @param high the 95th percentile, finite and greater than {@code low}
     * @return the estimate
     * @throws IllegalArgumentException if {@code low <= 0} or {@code low >= high}
     */
    static LogNormal logNormal90(double low, double high) {
        return LogNormal.from90PercentInterval(low, high);
    }

    /**
     * Creates a point estimate.
     *
     * @param value the value, finite
     * @return the estimate
     * @throws IllegalArgumentException if the value is not finite
     */
    static Constant constant(double value) {
        return Constant.of(value);
    }
}
