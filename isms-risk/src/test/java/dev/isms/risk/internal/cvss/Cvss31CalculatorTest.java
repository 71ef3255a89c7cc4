// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cvss31CalculatorTest {

    /** Roundup, CVSS v3.1 specification section 7 and Appendix A, including its own examples. */
    @ParameterizedTest(name = "Roundup({0}) = {1}")
    @CsvSource({
        "4.02, 4.1",
        "4.00, 4.0",
        "1.200003, 1.2",
        "0.0, 0.0",
        "10.0, 10.0",
        "4.000000000000001, 4.0",
        "7.79433200000001, 7.8",
        "9.599999999999999, 9.6",
        "9.50001, 9.6",
    })
    void roundsUpAsAppendixA(double value, double expected) {
        assertEquals(expected, Cvss31Calculator.roundUp(value));
    }

    @Test
    void absorbsBinaryFloatingPointNoise() {
        // The Appendix A example: 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
        assertEquals(0.3, Cvss31Calculator.roundUp(0.1 + 0.2));
    }
}
