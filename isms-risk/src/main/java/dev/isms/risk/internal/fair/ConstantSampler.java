// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.Arrays;
import java.util.SplittableRandom;

// Why: point estimates and degenerate PERTs consume no randomness.
/** A sampler that always returns one value and draws nothing from the stream. */
final class ConstantSampler implements Sampler {
    private final double value;

    ConstantSampler(double value) {
        this.value = value;
    }

    @Override
    public double next(SplittableRandom random) {
        return value;
    }

    @Override
    public void fill(SplittableRandom random, double[] out, int from, int to) {
        Arrays.fill(out, from, to, value);
    }

    @Override
    public boolean isConstant() {
        return true;
    }
}
