// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

/**
 * A point estimate: every simulated draw is the same value.
 *
 * @param value the value, finite
 * @since 0.1
 */
public record Constant(double value) implements Distribution {

    /**
     * Validates the value.
     *
     * @param value the value, finite
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public Constant {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("constant value must be finite but was " + value);
        }
    }

    /**
     * Creates a point estimate.
     *
     * @param value the value, finite
     * @return the estimate
     * @throws IllegalArgumentException if the value is not finite
     */
    public static Constant of(double value) {
        return new Constant(value);
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double lowerBound() {
        return value;
    }

    @Override
    public double upperBound() {
        return value;
    }
}
