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
     * Fills {@code out[0..n)} with independent variates, in index order.
     *
     * @param random the stream
     * @param out the target
     * @param n how many
     */
    void fill(SplittableRandom random, double[] out, int n);

    /** {@return whether every variate is the same value} */
    default boolean isConstant() {
        return false;
    }
}
