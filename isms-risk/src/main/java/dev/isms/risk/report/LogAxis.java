// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.report;

import dev.isms.core.internal.SvgWriter;

/**
 * A logarithmic axis over whole powers of ten, for {@link LossExceedanceChart}: kept apart so that the chart stays
 * a layout and the arithmetic is tested on its own.
 */
record LogAxis(int fromExponent, int toExponent, double start, double length) {

    /** An axis from the power of ten at or below {@code min} to the one at or above {@code max}, at least one decade. */
    static LogAxis covering(double min, double max, double start, double length) {
        int from = (int) Math.floor(Math.log10(min) + 1e-9);
        int to = (int) Math.ceil(Math.log10(max) - 1e-9);
        return new LogAxis(from, Math.max(to, from + 1), start, length);
    }

    /** The position of a value above 0. */
    double position(double value) {
        return start + length * (Math.log10(value) - fromExponent) / (toExponent - fromExponent);
    }

    /** A short label: {@code 1,500} as {@code "1.5k"}, {@code 2e6} as {@code "2M"}, {@code 3e9} as {@code "3B"}. */
    static String label(double value) {
        String[] units = {"", "k", "M", "B", "T"};
        double v = value;
        int u = 0;
        while (Math.abs(v) >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return SvgWriter.number(Math.round(v * 100) / 100.0) + units[u];
    }
}
