// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CvssSeverityTest {

    /** The band edges of the qualitative severity rating scale, CVSS v3.1 specification table 14. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0.0, NONE", "0.1, LOW", "3.9, LOW", "4.0, MEDIUM", "6.9, MEDIUM", "7.0, HIGH", "8.9, HIGH",
        "9.0, CRITICAL", "10.0, CRITICAL",
    })
    void ratesBandEdges(double score, CvssSeverity severity) {
        assertEquals(severity, CvssSeverity.of(score));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 10.1, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsScoresOutsideTheScale(double score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CvssSeverity.of(score));
        assertEquals("CVSS score must be 0.0..10.0 but was " + score, e.getMessage());
    }
}
