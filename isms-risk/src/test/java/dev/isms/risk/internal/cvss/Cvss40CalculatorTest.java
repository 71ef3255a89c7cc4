// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cvss40CalculatorTest {

    @Test
    void holdsTheWholeLookupTable() {
        // cvssLookup_global has 270 MacroVectors: 3 x 2 x 3 x 3 x 3 x 2 minus the 54 impossible EQ3=2/EQ6=0 ones.
        assertEquals(270, Cvss40Tables.size());
        assertEquals(10.0, Cvss40Tables.score("000000").orElseThrow());
        assertEquals(9.3, Cvss40Tables.score("000200").orElseThrow());
        assertEquals(0.1, Cvss40Tables.score("212221").orElseThrow());
        assertEquals(true, Cvss40Tables.score("002200").isEmpty());
    }

    @ParameterizedTest(name = "round({0}) = {1}")
    @CsvSource({
        "5.6499999999999995, 5.7",
        "8.549999999999999, 8.6",
        "4.949999999999999, 5.0",
        "5.05, 5.1",
        "5.64, 5.6",
        "5.6498, 5.6",
        "0.0, 0.0",
        "10.0, 10.0",
    })
    void roundsHalfUpAfterTheReferenceLift(double value, double expected) {
        assertEquals(expected, Cvss40Calculator.round(value));
    }

    /**
     * Checks, over all 104,976 base vectors, that the 1e-6 lift changes the rounding of exactly the 522 vectors that
     * FIRST's cvss_score.js (FIRSTdotorg/cvss-v4-calculator) says it does; a different count would mean the
     * interpolation arithmetic differs from the reference somewhere.
     */
    @Test
    void liftMattersForExactly522BaseVectors() {
        List<List<String>> values = List.of(List.of("N", "A", "L", "P"), List.of("L", "H"), List.of("N", "P"),
                List.of("N", "L", "H"), List.of("N", "P", "A"), hln(), hln(), hln(), hln(), hln(), hln());
        List<String> names = List.of("AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA");
        int total = values.stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
        int lifted = 0;
        for (int k = 0; k < total; k++) {
            Map<String, String> vector = new LinkedHashMap<>();
            int rest = k;
            for (int i = names.size() - 1; i >= 0; i--) {
                vector.put(names.get(i), values.get(i).get(rest % values.get(i).size()));
                rest /= values.get(i).size();
            }
            double raw = Cvss40Calculator.unrounded(vector);
            if (Cvss40Calculator.round(raw) != Math.round(raw * 10) / 10.0) {
                lifted++;
            }
        }
        assertEquals(104_976, total);
        assertEquals(522, lifted);
    }

    private static List<String> hln() {
        return List.of("H", "L", "N");
    }
}
