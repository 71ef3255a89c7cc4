// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.SplittableRandom;

// Why: the JDK's nextGaussian is too large to inline into the gamma loop; this fast path is a few instructions.
/**
 * Standard normal variates by the ziggurat method of Marsaglia and Tsang (Journal of Statistical Software 5(8),
 * 2000) with 256 layers and 64-bit draws: 8 bits choose the layer, 53 signed bits the abscissa. About 99% of
 * draws are accepted by one comparison; the rest go to the wedge test or to Marsaglia's exact tail method.
 */
final class Normals {
    /**
     * No variate exceeds this in magnitude: a tail draw is R + x with x = −ln(U)/R and U ≥ 2⁻⁵³ (one minus a
     * {@code nextDouble}), so |z| ≤ R + 53·ln 2 / R ≈ 13.71; every other draw is below X[0] ≈ 3.9.
     */
    static final double MAX_ABS = 14;
    /** The start of the tail, for 256 layers. */
    static final double R = 3.6541528853610088;
    private static final int LAYERS = 256;
    /** The area of each layer, for 256 layers. */
    private static final double V = 0.00492867323399;
    private static final double[] X = new double[LAYERS + 1];
    private static final double[] F = new double[LAYERS + 1];

    static {
        X[0] = V / Math.exp(-0.5 * R * R);
        X[1] = R;
        for (int i = 2; i < LAYERS; i++) {
            X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + Math.exp(-0.5 * X[i - 1] * X[i - 1])));
        }
        X[LAYERS] = 0;
        for (int i = 0; i <= LAYERS; i++) {
            F[i] = Math.exp(-0.5 * X[i] * X[i]);
        }
    }

    private Normals() {
    }

    /**
     * Draws a standard normal variate.
     *
     * @param random the stream
     * @return the variate
     */
    static double next(SplittableRandom random) {
        while (true) {
            long bits = random.nextLong();
            int layer = (int) bits & (LAYERS - 1);
            double z = (bits >> 11) * 0x1.0p-52 * X[layer];
            if (Math.abs(z) < X[layer + 1]) {
                return z;
            }
            double edge = edge(random, layer, z);
            if (!Double.isNaN(edge)) {
                return edge;
            }
        }
    }

    /** The rare part: the tail beyond R for the base layer, the wedge test otherwise; NaN means reject. */
    private static double edge(SplittableRandom random, int layer, double z) {
        if (layer == 0) {
            double x;
            double y;
            do {
                x = -Math.log(1.0 - random.nextDouble()) / R;
                y = -Math.log(1.0 - random.nextDouble());
            } while (y + y < x * x);
            return z > 0 ? R + x : -(R + x);
        }
        double height = F[layer] + random.nextDouble() * (F[layer + 1] - F[layer]);
        return height < Math.exp(-0.5 * z * z) ? z : Double.NaN;
    }
}
