// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.Arrays;

// Why: quickselect over 10^4 random doubles is dominated by branch mispredictions; counting is branch-free.
/**
 * Finds a few order statistics of an array in three linear passes, without sorting it: values are counted into at
 * most {@value #BUCKETS} buckets by their order-preserving bit pattern (so bucket widths follow the magnitude of
 * the values, as on a log scale), the buckets holding the wanted ranks are located by prefix sums, their values
 * are gathered, and {@link Selection} places the ranks within those few values. Exact: the result equals the
 * corresponding elements of a full ascending sort.
 */
final class OrderStatistics {
    static final int BUCKETS = 4096;

    private OrderStatistics() {
    }

    /**
     * Finds order statistics.
     *
     * @param a the values, not modified; no NaN
     * @param n how many values are in use, at least 1
     * @param min the smallest of them
     * @param max the largest of them
     * @param ranks distinct ranks in increasing order, each in 0..n-1
     * @return the value of each rank, in the order of {@code ranks}
     */
    static double[] find(double[] a, int n, double min, double max, int[] ranks) {
        long lowKey = key(min);
        long span = key(max) - lowKey;
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(span) - Integer.numberOfTrailingZeros(BUCKETS));
        int[] counts = new int[(int) (span >>> shift) + 1];
        for (int i = 0; i < n; i++) {
            counts[(int) ((key(a[i]) - lowKey) >>> shift)]++;
        }
        int[] bucketOfRank = new int[ranks.length];
        int[] start = new int[counts.length];
        int gathered = locate(counts, ranks, bucketOfRank, start);
        double[] values = new double[gathered];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            int b = (int) ((key(a[i]) - lowKey) >>> shift);
            if (start[b] >= 0) {
                values[fill[b]++] = a[i];
            }
        }
        return resolve(values, counts, ranks, bucketOfRank, start);
    }

    /**
     * Finds each rank's bucket and gives each such bucket a slot range in the gathered array.
     *
     * @return the number of values to gather; start[b] is −1 for buckets not needed
     */
    private static int locate(int[] counts, int[] ranks, int[] bucketOfRank, int[] start) {
        Arrays.fill(start, -1);
        int below = 0;
        int r = 0;
        int gathered = 0;
        for (int b = 0; b < counts.length && r < ranks.length; b++) {
            int above = below + counts[b];
            while (r < ranks.length && ranks[r] < above) {
                bucketOfRank[r++] = b;
                if (start[b] < 0) {
                    start[b] = gathered;
                    gathered += counts[b];
                }
            }
            below = above;
        }
        return gathered;
    }

    private static double[] resolve(double[] values, int[] counts, int[] ranks, int[] bucketOfRank, int[] start) {
        double[] result = new double[ranks.length];
        int[] local = new int[ranks.length];
        int below = 0;
        int r = 0;
        for (int b = 0; r < ranks.length; b++) {
            int k = 0;
            int first = r;
            while (r < ranks.length && bucketOfRank[r] == b) {
                local[k++] = ranks[r++] - below;
            }
            if (k > 0) {
                Selection.select(values, start[b], start[b] + counts[b], local, k);
                for (int j = 0; j < k; j++) {
                    result[first + j] = values[start[b] + local[j]];
                }
            }
            below += counts[b];
        }
        return result;
    }

    /** A long whose signed order is the numeric order of doubles (−0.0 just below +0.0). */
    private static long key(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
}
