// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.Arrays;

// Why: summaries need a handful of order statistics of 10^4 losses; sorting would cost as much as sampling.
/**
 * Multi-rank selection: after {@link #select(double[], int, int[])} every requested rank r holds the value a
 * full ascending sort would put there, with smaller values before it and larger after. Each rank is found by
 * Hoare-partition quickselect (median-of-three pivot) on the sub-range left by the ranks already placed; a
 * range that partitions badly too often is sorted instead, bounding the worst case by O(n log n).
 */
public final class Selection {
    private static final int MAX_ROUNDS = 64;

    private Selection() {
    }

    /**
     * Places the requested order statistics of {@code a[0..n)}.
     *
     * @param a the values, permuted in place; no NaN
     * @param n how many values are in use, at least 1
     * @param ranks distinct ranks in increasing order, each in 0..n-1
     */
    public static void select(double[] a, int n, int[] ranks) {
        selectRanks(a, 0, n - 1, ranks, 0, ranks.length - 1);
    }

    /**
     * Places the requested order statistics of the sub-range {@code a[from..to)}: afterwards {@code a[from + r]}
     * holds the value of local rank r.
     *
     * @param a the values, permuted in place within the range; no NaN
     * @param from the first index of the range
     * @param to one past the last index, greater than {@code from}
     * @param ranks distinct local ranks in increasing order, each in 0..to-from-1
     * @param count how many entries of {@code ranks} are in use
     */
    static void select(double[] a, int from, int to, int[] ranks, int count) {
        int[] absolute = new int[count];
        for (int i = 0; i < count; i++) {
            absolute[i] = from + ranks[i];
        }
        selectRanks(a, from, to - 1, absolute, 0, count - 1);
    }

    /**
     * Returns the type-7 (linear) percentile from the two order statistics around it.
     *
     * @param lower the order statistic at floor(h)
     * @param upper the order statistic at floor(h) + 1 (or {@code lower} at the top)
     * @param fraction h − floor(h), in [0, 1)
     * @return lower + fraction · (upper − lower), clamped to [lower, upper]
     */
    public static double interpolate(double lower, double upper, double fraction) {
        double value = lower + fraction * (upper - lower);
        return Math.max(lower, Math.min(upper, value));
    }

    private static void selectRanks(double[] a, int lo, int hi, int[] ranks, int rlo, int rhi) {
        if (rlo > rhi || lo >= hi) {
            return;
        }
        int mid = (rlo + rhi) >>> 1;
        int k = ranks[mid];
        quickselect(a, lo, hi, k);
        selectRanks(a, lo, k - 1, ranks, rlo, mid - 1);
        selectRanks(a, k + 1, hi, ranks, mid + 1, rhi);
    }

    private static void quickselect(double[] a, int lo, int hi, int k) {
        int l = lo;
        int r = hi;
        for (int round = 0; r > l + 1; round++) {
            if (round == MAX_ROUNDS) {
                Arrays.sort(a, l, r + 1);
                return;
            }
            int j = partition(a, l, r);
            int i = j + 1;
            while (i <= r && a[i] == a[j] && i <= k) {
                i++;
            }
            if (k >= j && k < i) {
                return;
            }
            if (k < j) {
                r = j - 1;
            } else {
                l = i;
            }
        }
        if (r == l + 1 && a[r] < a[l]) {
            swap(a, l, r);
        }
    }

    /** Partitions a[l..r] (r ≥ l + 2) around a median-of-three pivot; returns the pivot's final index j. */
    private static int partition(double[] a, int l, int r) {
        swap(a, (l + r) >>> 1, l + 1);
        if (a[l] > a[r]) {
            swap(a, l, r);
        }
        if (a[l + 1] > a[r]) {
            swap(a, l + 1, r);
        }
        if (a[l] > a[l + 1]) {
            swap(a, l, l + 1);
        }
        double pivot = a[l + 1];
        int i = l + 1;
        int j = r;
        while (true) {
            do {
                i++;
            } while (a[i] < pivot);
            do {
                j--;
            } while (a[j] > pivot);
            if (j < i) {
                break;
            }
            swap(a, i, j);
        }
        a[l + 1] = a[j];
        a[j] = pivot;
        return j;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
