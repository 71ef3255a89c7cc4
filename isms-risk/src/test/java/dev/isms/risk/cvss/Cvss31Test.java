// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cvss31Test {

    /**
     * Temporal and environmental scores. Source: RedHatProductSecurity/cvss, tests/vectors_cvsslib3 (written for
     * CVSS 3.0); the temporal equation and the Scope Unchanged environmental equation are the same in v3.1, so the
     * expected scores carry over (the Modified Scope Changed equation changed in v3.1 and is covered by
     * cvss31-vectors.txt instead).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N/MAV:A/MAC:L/MPR:N/MUI:N/MS:U/MC:N/MI:N/MA:N, 4.6, 4.6, 0.0",
        "CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N/MAV:A/MAC:L/MPR:N/MUI:N/MS:U/MC:L/MI:N/MA:N, 4.6, 4.6, 4.3",
        "CVSS:3.1/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:N/A:H/MPR:N,                                      5.8, 5.8, 7.1",
        "CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:C/C:H/I:H/A:L/E:U/RL:U/RC:R/CR:M/MPR:L/MUI:R/MI:N/MA:H,    7.7, 6.8, 6.3",
    })
    void scoresTemporalAndEnvironmentalMetrics(String vector, double base, double temporal, double environmental) {
        Cvss31 cvss = Cvss31.parse(vector);
        assertEquals(base, cvss.baseScore());
        assertEquals(temporal, cvss.temporalScore());
        assertEquals(environmental, cvss.environmentalScore());
    }

    @Test
    void temporalMetricsLowerOnlyTheTemporalScore() {
        // 9.8 x 0.91 (E:U) x 0.95 (RL:O) x 0.92 (RC:U) = 7.79...; Roundup gives 7.8.
        Cvss31 cvss = Cvss31.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:U");
        assertEquals(9.8, cvss.baseScore());
        assertEquals(7.8, cvss.temporalScore());
        assertEquals(7.8, cvss.environmentalScore());
        assertEquals(CvssSeverity.CRITICAL, cvss.severity());
    }

    @Test
    void notDefinedMetricsChangeNothing() {
        Cvss31 plain = Cvss31.parse("CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:C/C:L/I:H/A:N");
        Cvss31 explicit = Cvss31.parse("CVSS:3.1/AV:N/AC:H/PR:L/UI:R/S:C/C:L/I:H/A:N/E:X/RL:X/RC:X/CR:X/IR:X/AR:X"
                + "/MAV:X/MAC:X/MPR:X/MUI:X/MS:X/MC:X/MI:X/MA:X");
        assertEquals(plain, explicit);
        assertEquals(plain.vector(), explicit.vector());
        assertEquals(plain.baseScore(), explicit.baseScore());
        assertEquals(plain.environmentalScore(), explicit.environmentalScore());
    }

    @Test
    void modifiedMetricsReplaceTheirBaseMetric() {
        Cvss31 modified = Cvss31.parse("CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:L"
                + "/MAV:N/MAC:L/MPR:N/MUI:N/MS:U/MC:H/MI:H/MA:H");
        assertEquals(9.8, modified.environmentalScore());
        assertEquals(1.6, modified.baseScore());
        assertEquals(CvssVersion.V3_1, modified.version());
    }

    @Test
    void requirementsWeighTheModifiedImpact() {
        // CR:H raises, CR:L lowers the environmental score of a confidentiality-only vulnerability.
        double neutral = Cvss31.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N").environmentalScore();
        double high = Cvss31.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N/CR:H").environmentalScore();
        double low = Cvss31.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N/CR:L").environmentalScore();
        assertEquals(5.3, neutral);
        assertEquals(true, high > neutral && low < neutral, () -> high + " " + neutral + " " + low);
    }
}
