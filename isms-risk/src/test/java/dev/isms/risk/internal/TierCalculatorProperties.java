// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class TierCalculatorProperties {

    @Property
    void formatsEffectivenessExactlyAsStringFormatDoes(@ForAll @DoubleRange(min = 0, max = 1) double d) {
        assertEquals(String.format(Locale.ROOT, "%.2f", d), TierCalculator.format(d));
    }

    @Example
    void roundsHalvesOfTheShortestDecimalUp() {
        for (double d : new double[] {0.125, 0.285, 1.005, 0.005, 0.995, 0, 1, 0.1 + 0.2}) {
            assertEquals(String.format(Locale.ROOT, "%.2f", d), TierCalculator.format(d), Double.toString(d));
        }
    }
}
