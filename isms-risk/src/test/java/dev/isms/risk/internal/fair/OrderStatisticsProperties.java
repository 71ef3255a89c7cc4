// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OrderStatisticsProperties {

    @Provide
    Arbitrary<double[]> values() {
        Arbitrary<Double> wide = Arbitraries.doubles().between(-1e12, 1e12);
        Arbitrary<Double> few = Arbitraries.of(0.0, 1.0, 2.5, 1e9);
        Arbitrary<Double> skewed = Arbitraries.doubles().between(0, 50).map(Math::exp);
        return Arbitraries.oneOf(wide, few, skewed, Arbitraries.oneOf(wide, few, skewed)).list().ofMinSize(1)
                .ofMaxSize(3_000).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static int[] ranks(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return r.ints(1 + r.nextInt(12), 0, n).sorted().distinct().toArray();
    }

    static double[] sortedReference(double[] a, int[] ranks) {
        double[] sorted = a.clone();
        Arrays.sort(sorted);
        return Arrays.stream(ranks).mapToDouble(r -> sorted[r]).toArray();
    }

    @Property(tries = 200)
    void countingSelectionEqualsSort(@ForAll("values") double[] a, @ForAll long seed) {
        int[] ranks = ranks(a.length, seed);
        double min = Arrays.stream(a).min().orElseThrow();
        double max = Arrays.stream(a).max().orElseThrow();
        double[] copy = a.clone();
        assertArrayEquals(sortedReference(a, ranks), OrderStatistics.find(copy, a.length, min, max, ranks));
        assertArrayEquals(a, copy);
    }

    @Property(tries = 200)
    void quickselectEqualsSort(@ForAll("values") double[] a, @ForAll long seed) {
        int[] ranks = ranks(a.length, seed);
        double[] copy = a.clone();
        Selection.select(copy, copy.length, ranks);
        assertArrayEquals(sortedReference(a, ranks), Arrays.stream(ranks).mapToDouble(r -> copy[r]).toArray());
    }

    @Property(tries = 100)
    void percentilesEqualTheSortBasedType7Reference(@ForAll("values") double[] raw,
            @ForAll @IntRange(min = 0, max = 3) int pointCount) {
        double[] a = Arrays.stream(raw).map(Math::abs).toArray();
        double[] points = Arrays.stream(a).limit(pointCount).sorted().distinct().toArray();
        var summary = new LossStatistics(a.length, points, 1e6).summarize(a.clone());
        double[] sorted = a.clone();
        Arrays.sort(sorted);
        List<Double> expected = Arrays.stream(LossStatistics.PROBABILITIES).mapToObj(p -> type7(sorted, p)).toList();
        assertEquals(expected, List.of(summary.p10(), summary.p50(), summary.p90(), summary.p95(), summary.p99()));
        assertEquals(sorted[0], summary.min());
        assertEquals(sorted[sorted.length - 1], summary.max());
        for (int j = 0; j < points.length; j++) {
            double x = points[j];
            long atLeast = Arrays.stream(a).filter(v -> v >= x).count();
            assertEquals((double) atLeast / a.length, summary.exceedanceCurve().get(j).probability());
        }
        assertEquals((double) Arrays.stream(a).filter(v -> v > 1e6).count() / a.length,
                summary.appetiteExceedance());
    }

    static double type7(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        double upper = sorted[Math.min(sorted.length - 1, lower + 1)];
        return Selection.interpolate(sorted[lower], upper, h - lower);
    }
}
