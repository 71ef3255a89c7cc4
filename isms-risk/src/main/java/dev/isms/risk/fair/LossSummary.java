// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import java.util.List;
import java.util.Objects;

/**
 * Statistics of the simulated annual losses of one scenario or of the portfolio.
 *
 * <p>Percentiles use linear interpolation between order statistics (Hyndman and Fan type 7, NumPy's default
 * {@code "linear"} method, Excel's {@code PERCENTILE.INC}): for n sorted losses x₀ ≤ … ≤ xₙ₋₁ and probability p,
 * h = (n − 1)·p and P = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋), clamped to [x⌊h⌋, x⌊h⌋₊₁]. The order statistics are
 * found by selection, not by sorting.
 *
 * @param mean the arithmetic mean annual loss (the annualised loss exposure), finite
 * @param min the smallest annual loss
 * @param max the largest annual loss
 * @param p10 the 10th percentile
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param exceedanceCurve the loss exceedance curve at the requested loss points, in increasing loss and never
 *     increasing probability; empty if no points were requested
 * @param appetiteExceedance the share of years whose loss is strictly greater than the stated appetite, within
 *     [0, 1] (0 when no appetite was stated)
 * @since 0.1
 */
public record LossSummary(double mean, double min, double max, double p10, double p50, double p90, double p95,
        double p99, List<ExceedancePoint> exceedanceCurve, double appetiteExceedance) {

    /**
     * Validates the summary and copies the curve.
     *
     * @param mean the arithmetic mean annual loss (the annualised loss exposure), finite
     * @param min the smallest annual loss
     * @param max the largest annual loss
     * @param p10 the 10th percentile
     * @param p50 the median
     * @param p90 the 90th percentile
     * @param p95 the 95th percentile
     * @param p99 the 99th percentile
     * @param exceedanceCurve the loss exceedance curve at the requested loss points, in increasing loss and never
     *     increasing probability; empty if no points were requested
     * @param appetiteExceedance the share of years whose loss is strictly greater than the stated appetite,
     *     within [0, 1] (0 when no appetite was stated)
     * @throws IllegalArgumentException if a statistic is not finite, the order statistics are out of order, the
     *     curve is not increasing in loss and never increasing in probability, or the appetite share leaves [0, 1]
     */
    public LossSummary {
        exceedanceCurve = List.copyOf(Objects.requireNonNull(exceedanceCurve, "exceedanceCurve"));
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite but was " + mean);
        }
        double[] ordered = {min, p10, p50, p90, p95, p99, max};
        String[] names = {"min", "p10", "p50", "p90", "p95", "p99", "max"};
        for (int i = 0; i < ordered.length; i++) {
            if (!Double.isFinite(ordered[i])) {
                throw new IllegalArgumentException(names[i] + " must be finite but was " + ordered[i]);
            }
            if (i > 0 && ordered[i] < ordered[i - 1]) {
                throw new IllegalArgumentException(names[i] + " must be >= " + names[i - 1] + " ("
                        + ordered[i - 1] + ") but was " + ordered[i]);
            }
        }
        requireMonotoneCurve(exceedanceCurve);
        if (!(appetiteExceedance >= 0 && appetiteExceedance <= 1)) {
            throw new IllegalArgumentException("appetiteExceedance must be within [0, 1] but was "
                    + appetiteExceedance);
        }
    }

    private static void requireMonotoneCurve(List<ExceedancePoint> curve) {
        for (int i = 1; i < curve.size(); i++) {
            ExceedancePoint previous = curve.get(i - 1);
            ExceedancePoint point = curve.get(i);
            if (point.loss() <= previous.loss()) {
                throw new IllegalArgumentException("exceedanceCurve loss must increase but " + point.loss()
                        + " follows " + previous.loss());
            }
            if (point.probability() > previous.probability()) {
                throw new IllegalArgumentException("exceedanceCurve probability must never increase but "
                        + point.probability() + " follows " + previous.probability());
            }
        }
    }
}
