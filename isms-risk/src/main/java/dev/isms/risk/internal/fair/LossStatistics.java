// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import dev.isms.risk.fair.ExceedancePoint;
import dev.isms.risk.fair.LossSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

// Why: turns one array of annual losses into a LossSummary in O(n) (selection, one counting pass), no sort.
/** Summarises annual losses: mean, extremes, type-7 percentiles, exceedance curve and appetite exceedance. */
public final class LossStatistics {
    static final double[] PROBABILITIES = {0.10, 0.50, 0.90, 0.95, 0.99};

    private final int n;
    private final int[] lowerRanks;
    private final double[] fractions;
    private final int[] ranks;
    private final double[] points;
    private final double appetite;

    /**
     * Prepares the ranks for a fixed number of years.
     *
     * @param n the number of annual losses per summary, at least 1
     * @param points the exceedance curve's loss points, strictly increasing
     * @param appetite the loss appetite; years with a strictly greater loss count as exceeding it
     */
    public LossStatistics(int n, double[] points, double appetite) {
        this.n = n;
        this.points = points.clone();
        this.appetite = appetite;
        this.lowerRanks = new int[PROBABILITIES.length];
        this.fractions = new double[PROBABILITIES.length];
        int[] wanted = new int[2 * PROBABILITIES.length];
        for (int i = 0; i < PROBABILITIES.length; i++) {
            double h = (n - 1) * PROBABILITIES[i];
            lowerRanks[i] = (int) Math.floor(h);
            fractions[i] = h - lowerRanks[i];
            wanted[2 * i] = lowerRanks[i];
            wanted[2 * i + 1] = Math.min(n - 1, lowerRanks[i] + 1);
        }
        this.ranks = Arrays.stream(wanted).sorted().distinct().toArray();
    }

    /**
     * Summarises {@code losses[0..n)}.
     *
     * @param losses the annual losses, finite; not modified
     * @return the summary
     */
    public LossSummary summarize(double[] losses) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int aboveAppetite = 0;
        for (int i = 0; i < n; i++) {
            double x = losses[i];
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
            aboveAppetite += x > appetite ? 1 : 0;
        }
        List<ExceedancePoint> curve = exceedanceCurve(losses);
        double[] order = OrderStatistics.find(losses, n, min, max, ranks);
        double[] p = new double[PROBABILITIES.length];
        for (int i = 0; i < p.length; i++) {
            int lower = Arrays.binarySearch(ranks, lowerRanks[i]);
            int upper = Arrays.binarySearch(ranks, Math.min(n - 1, lowerRanks[i] + 1));
            p[i] = Selection.interpolate(order[lower], order[upper], fractions[i]);
        }
        return new LossSummary(sum / n, min, max, p[0], p[1], p[2], p[3], p[4], curve, (double) aboveAppetite / n);
    }

    private List<ExceedancePoint> exceedanceCurve(double[] losses) {
        if (points.length == 0) {
            return List.of();
        }
        int[] below = new int[points.length + 1];
        for (int i = 0; i < n; i++) {
            below[pointsAtMost(losses[i])]++;
        }
        List<ExceedancePoint> curve = new ArrayList<>(points.length);
        int atLeast = 0;
        for (int j = points.length - 1; j >= 0; j--) {
            atLeast += below[j + 1];
            curve.add(new ExceedancePoint(points[j], (double) atLeast / n));
        }
        Collections.reverse(curve);
        return curve;
    }

    /** Number of points ≤ x: the loss x is at least exactly those points. */
    private int pointsAtMost(double x) {
        int lo = 0;
        int hi = points.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (points[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
