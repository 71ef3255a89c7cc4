// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import java.util.Objects;

/**
 * A beta-PERT estimate: a beta distribution stretched over [min, max] with its weight near a most likely value.
 *
 * <p>λ (default 4) weighs the mode; the {@link PertVariant} (default {@link PertVariant#CLASSIC}) says how the
 * beta shapes follow from (min, mode, max, λ). When {@code min == max} the estimate is the constant {@code min}.
 * The range {@code max - min}, the {@link #mean()} and the {@link #variance()} must be finite numbers, which
 * rules out ranges wider than about 1.3e154.
 *
 * @param min the minimum, finite
 * @param mode the most likely value, finite, {@code min <= mode <= max}
 * @param max the maximum, finite
 * @param lambda the weight λ of the mode, {@value #MIN_LAMBDA}..{@value #MAX_LAMBDA}
 * @param variant how the beta shapes are derived, not null
 * @since 0.1
 */
public record BetaPert(double min, double mode, double max, double lambda, PertVariant variant)
        implements Distribution {

    /** The conventional weight of the mode. */
    public static final double DEFAULT_LAMBDA = 4.0;
    /** The smallest weight of the mode; below it the beta shapes of {@link PertVariant#MOMENT_MATCHED} vanish. */
    public static final double MIN_LAMBDA = 1e-6;
    /** The largest weight of the mode; far beyond any estimate, the PERT is then its mode. */
    public static final double MAX_LAMBDA = 1e6;

    /**
     * Validates the estimate.
     *
     * @param min the minimum, finite
     * @param mode the most likely value, finite, {@code min <= mode <= max}
     * @param max the maximum, finite
     * @param lambda the weight λ of the mode, {@value #MIN_LAMBDA}..{@value #MAX_LAMBDA}
     * @param variant how the beta shapes are derived, not null
     * @throws IllegalArgumentException if a value is not finite, {@code min > mode}, {@code mode > max},
     *     {@code lambda} is out of range, or the range, mean or variance is not finite
     */
    public BetaPert(double min, double mode, double max, double lambda, PertVariant variant) {
        Objects.requireNonNull(variant, "variant");
        requireFinite("min", min);
        requireFinite("mode", mode);
        requireFinite("max", max);
        if (min > mode) {
            throw new IllegalArgumentException("PERT min " + min + " > mode " + mode);
        }
        if (mode > max) {
            throw new IllegalArgumentException("PERT mode " + mode + " > max " + max);
        }
        if (!(lambda >= MIN_LAMBDA && lambda <= MAX_LAMBDA)) {
            throw new IllegalArgumentException("PERT lambda must be " + MIN_LAMBDA + ".." + MAX_LAMBDA + " but was "
                    + lambda);
        }
        if (!Double.isFinite(max - min)) {
            throw new IllegalArgumentException("PERT range max - min must be finite but was " + (max - min)
                    + " (min " + min + ", max " + max + ")");
        }
        this.min = min;
        this.mode = mode;
        this.max = max;
        this.lambda = lambda;
        this.variant = variant;
        requireFiniteMoment("mean", mean(), min, max);
        requireFiniteMoment("variance", variance(), min, max);
    }

    /**
     * Creates a classic beta-PERT estimate with λ = 4.
     *
     * @param min the minimum, finite
     * @param mode the most likely value, finite, {@code min <= mode <= max}
     * @param max the maximum, finite
     * @return the estimate
     * @throws IllegalArgumentException if the values are not finite and ordered
     */
    public static BetaPert of(double min, double mode, double max) {
        return new BetaPert(min, mode, max, DEFAULT_LAMBDA, PertVariant.CLASSIC);
    }

    /**
     * Returns a copy with another weight of the mode.
     *
     * @param newLambda the weight λ, {@value #MIN_LAMBDA}..{@value #MAX_LAMBDA}
     * @return the copy, or this estimate if λ is unchanged
     * @throws IllegalArgumentException if {@code newLambda} is out of range
     */
    public BetaPert withLambda(double newLambda) {
        return newLambda == lambda ? this : new BetaPert(min, mode, max, newLambda, variant);
    }

    /**
     * Returns a copy with another PERT variant.
     *
     * @param newVariant the variant, not null
     * @return the copy, or this estimate if the variant is unchanged
     */
    public BetaPert withVariant(PertVariant newVariant) {
        return newVariant == variant ? this : new BetaPert(min, mode, max, lambda, newVariant);
    }

    /**
     * {@return whether {@code min == max}, so that every draw is {@code min}}
     */
    public boolean isDegenerate() {
        return min == max;
    }

    /**
     * {@return the first shape α of the underlying beta distribution, or NaN if the estimate is degenerate}
     */
    public double alpha() {
        return isDegenerate() ? Double.NaN : shape(unitMean());
    }

    /**
     * {@return the second shape β of the underlying beta distribution, or NaN if the estimate is degenerate}
     */
    public double beta() {
        return isDegenerate() ? Double.NaN : shape(1 - unitMean());
    }

    /**
     * {@return the mean (min + λ·mode + max) / (λ + 2), shared by both variants}
     */
    @Override
    public double mean() {
        return isDegenerate() ? min : (min + lambda * mode + max) / (lambda + 2);
    }

    /**
     * {@return the exact variance of the estimate (0 if degenerate)}
     */
    public double variance() {
        if (isDegenerate()) {
            return 0;
        }
        double a = alpha();
        double b = beta();
        double span = max - min;
        return a * b * span * span / ((a + b) * (a + b) * (a + b + 1));
    }

    @Override
    public double lowerBound() {
        return min;
    }

    @Override
    public double upperBound() {
        return max;
    }

    private double unitMean() {
        return (1 + lambda * (mode - min) / (max - min)) / (lambda + 2);
    }

    /** α from the unit mean m, or β from 1 − m: both variants scale the mean by a common total α + β. */
    private double shape(double m) {
        if (variant == PertVariant.CLASSIC) {
            return m * (lambda + 2);
        }
        double k = (lambda + 2) * (lambda + 2) * unitMean() * (1 - unitMean()) - 1;
        return m * k;
    }

    private static void requireFiniteMoment(String moment, double value, double min, double max) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("PERT " + moment + " must be finite but was " + value + " (min " + min
                    + ", max " + max + ")");
        }
    }

    private static void requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("PERT " + field + " must be finite but was " + value);
        }
    }
}
