// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.SplittableRandom;

// Why: one compiled, allocation-free sampler per estimate; fill() keeps the hot loop inside one concrete class.
/** Draws variates of one distribution from a caller-supplied stream. */
public interface Sampler {

    /**
     * Draws one variate.
     *
     * @param random the stream
     * @return the variate
     */
    double next(SplittableRandom random);

    /**
     * Fills {@code out[from..to)} with independent variates, in index order; filling [0, k) and then [k, n) draws
     * exactly what filling [0, n) draws.
     *
     * @param random the stream
     * @param out the target
     * @param from the first index
     * @param to one past the last index
     */
    void fill(SplittableRandom random, double[] out, int from, int to);

    /**
     * Fills {@code out[0..n)} with independent variates, in index order.
     *
     * @param random the stream
     * @param out the target
     * @param n how many
     */
    default void fill(SplittableRandom random, double[] out, int n) {
        fill(random, out, 0, n);
    }

    /** {@return whether every variate is the same value} */
    default boolean isConstant() {
        return false;
    }
}
