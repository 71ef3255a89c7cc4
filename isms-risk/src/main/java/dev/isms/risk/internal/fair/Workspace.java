// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

// Why: per-worker scratch arrays, allocated once per run and reused for every scenario the worker simulates.
/** Scratch arrays of one simulation worker; not thread-safe. */
public final class Workspace {
    final double[] a;
    final double[] b;
    final double[] c;
    final double[] d;
    final double[] e;
    final double[] losses;

    /**
     * Allocates arrays for {@code years} years.
     *
     * @param years the number of simulated years
     */
    public Workspace(int years) {
        a = new double[years];
        b = new double[years];
        c = new double[years];
        d = new double[years];
        e = new double[years];
        losses = new double[years];
    }

    /** {@return the array that receives a scenario's annual losses} */
    public double[] losses() {
        return losses;
    }
}
