// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

/**
 * A lognormal estimate: the logarithm of the value is normal with mean {@code mu} and standard deviation
 * {@code sigma}.
 *
 * <p>Usually created from a calibrated 90% interval with {@link #from90PercentInterval(double, double)}.
 *
 * @param mu the mean of the logarithm, finite
 * @param sigma the standard deviation of the logarithm, finite and greater than 0
 * @since 0.1
 */
public record LogNormal(double mu, double sigma) implements Distribution {

    /** The 95th percentile of the standard normal distribution, Φ⁻¹(0.95). */
    static final double Z95 = 1.6448536269514722;

    /**
     * Validates the parameters.
     *
     * @param mu the mean of the logarithm, finite
     * @param sigma the standard deviation of the logarithm, finite and greater than 0
     * @throws IllegalArgumentException if {@code mu} is not finite or {@code sigma} is not finite and positive
     */
    public LogNormal {
        if (!Double.isFinite(mu)) {
            throw new IllegalArgumentException("lognormal mu must be finite but was " + mu);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("lognormal sigma must be finite and > 0 but was " + sigma);
        }
    }

    /**
     * Creates the lognormal whose 5th percentile is {@code low} and 95th percentile is {@code high}.
     *
     * @param low the 5th percentile, finite and greater than 0
     * @param high the 95th percentile, finite and greater than {@code low}
     * @return the estimate: μ = (ln low + ln high) / 2, σ = (ln high − ln low) / (2·1.6449)
     * @throws IllegalArgumentException if {@code low <= 0}, {@code low >= high} or a value is not finite
     */
    public static LogNormal from90PercentInterval(double low, double high) {
        if (!(low > 0) || !Double.isFinite(low)) {
            throw new IllegalArgumentException("lognormal low must be finite and > 0 but was " + low);
        }
        if (!(low < high) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("lognormal low " + low + " >= high " + high);
        }
        double lnLow = Math.log(low);
        double lnHigh = Math.log(high);
        return new LogNormal((lnLow + lnHigh) / 2, (lnHigh - lnLow) / (2 * Z95));
    }

    /**
     * {@return the mean exp(μ + σ²/2)}
     */
    @Override
    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    /**
     * {@return the median exp(μ)}
     */
    public double median() {
        return Math.exp(mu);
    }

    @Override
    public double lowerBound() {
        return 0;
    }

    @Override
    public double upperBound() {
        return Double.POSITIVE_INFINITY;
    }
}
