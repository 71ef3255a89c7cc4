// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cvss40Test {
    private static final String BASE = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    @Test
    void baseOnlyVectorHasEqualBaseScoreAndScore() {
        Cvss40 cvss = Cvss40.parse(BASE);
        assertEquals(9.3, cvss.baseScore());
        assertEquals(9.3, cvss.score());
        assertEquals("CVSS-B", cvss.nomenclature());
        assertEquals("000200", cvss.macroVector());
        assertEquals(CvssVersion.V4_0, cvss.version());
    }

    @Test
    void threatMetricLowersTheScoreButNotTheBaseScore() {
        // Source of the expected scores: RedHatProductSecurity/cvss, tests/vectors_threat4.
        String vector = "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H";
        assertEquals(7.3, Cvss40.parse(vector).baseScore());
        Cvss40 unreported = Cvss40.parse(vector + "/E:U");
        assertEquals(4.1, unreported.score());
        assertEquals(7.3, unreported.baseScore());
        assertEquals(CvssSeverity.HIGH, unreported.severity());
        assertEquals(CvssSeverity.MEDIUM, unreported.scoreSeverity());
        assertEquals("CVSS-BT", unreported.nomenclature());
        assertEquals("210120", unreported.macroVector());
    }

    @Test
    void notDefinedThreatAndRequirementsCountAsWorstCase() {
        Cvss40 attacked = Cvss40.parse(BASE + "/E:A/CR:H/IR:H/AR:H");
        assertEquals(Cvss40.parse(BASE).score(), attacked.score());
        assertEquals("CVSS-BTE", attacked.nomenclature());
        assertEquals(Cvss40.parse(BASE), Cvss40.parse(BASE + "/E:X/CR:X/MAV:X/S:X/U:X"));
    }

    @Test
    void modifiedMetricsReplaceTheirBaseMetric() {
        Cvss40 modified = Cvss40.parse("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N"
                + "/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N/MVC:H/MVI:H/MVA:H/MSC:N/MSI:N/MSA:N");
        assertEquals(Cvss40.parse(BASE).score(), modified.score());
        assertEquals("000200", modified.macroVector());
        assertEquals("CVSS-BE", modified.nomenclature());
        assertEquals(true, modified.baseScore() < modified.score());
    }

    @Test
    void safetyOfSubsequentSystemsReachesTheTopMacroVector() {
        Cvss40 safety = Cvss40.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MSI:S");
        assertEquals("000000", safety.macroVector());
        assertEquals(10.0, safety.score());
        assertEquals("S", safety.metric("MSI"));
    }

    @Test
    void supplementalMetricsArePreservedAndNeverScored() {
        Cvss40 supplemental = Cvss40.parse(BASE + "/S:P/AU:Y/R:I/V:C/RE:H/U:Amber");
        assertEquals(BASE + "/S:P/AU:Y/R:I/V:C/RE:H/U:Amber", supplemental.vector());
        assertEquals(9.3, supplemental.score());
        assertEquals("CVSS-B", supplemental.nomenclature());
        assertEquals("Amber", supplemental.metric("U"));
    }

    @Test
    void noImpactScoresZero() {
        Cvss40 none = Cvss40.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/E:A");
        assertEquals(0.0, none.score());
        assertEquals(CvssSeverity.NONE, none.scoreSeverity());
        Cvss40 restored = Cvss40.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MVC:H");
        assertEquals(0.0, restored.baseScore());
        assertEquals(true, restored.score() > 0.0);
    }

    /**
     * Full CVSS-BTE vectors (threat, environmental, modified and supplemental metrics together) and the severity of
     * their score. Source: RedHatProductSecurity/cvss, tests/test_cvss4.py, test_severity; the metric order there is
     * not the specification's, which the parser accepts.
     */
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:P/VC:H/VI:N/VA:N/SC:N/SI:N/AU:N/SA:N/S:P/R:A/V:D/RE:L/U:Red/MAV:L/MAC:L/MAT:N"
                + "/MPR:L/MUI:A/MVC:L/MVI:N/MVA:H/MSC:H/MSI:L/MSA:N/CR:H/IR:L/AR:L/E:P | LOW",
        "CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:P/VC:N/VI:L/VA:L/SC:H/SI:N/AU:Y/SA:N/S:N/R:I/V:C/RE:M/U:Amber/MAV:L/MAC:H"
                + "/MAT:P/MPR:N/MUI:P/MVC:L/MVI:N/MVA:H/MSC:H/MSI:H/MSA:S/CR:M/IR:M/AR:M/E:A | HIGH",
        "CVSS:4.0/AV:N/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:L/SI:N/AU:Y/SA:L/S:P/R:U/V:D/RE:M/U:Red/MAV:N/MAC:H/MAT:P"
                + "/MPR:H/MUI:P/MVC:L/MVI:H/MVA:L/MSC:N/MSI:H/MSA:H/CR:L/IR:H/AR:M/E:U | LOW",
        "CVSS:4.0/AV:A/AC:H/AT:N/PR:N/UI:A/VC:L/VI:L/VA:N/SC:N/SI:H/AU:N/SA:L/S:P/R:U/V:D/RE:H/U:Clear/MAV:A/MAC:L"
                + "/MAT:N/MPR:N/MUI:P/MVC:N/MVI:L/MVA:L/MSC:H/MSI:N/MSA:L/CR:M/IR:M/AR:L/E:U | LOW",
        "CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:A/VC:H/VI:H/VA:N/SC:H/SI:N/AU:Y/SA:N/S:N/R:I/V:C/RE:L/U:Green/MAV:L/MAC:L"
                + "/MAT:N/MPR:H/MUI:P/MVC:L/MVI:L/MVA:N/MSC:H/MSI:H/MSA:S/CR:H/IR:H/AR:H/E:P | MEDIUM",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:H/SC:H/SI:L/AU:Y/SA:H/S:N/R:U/V:C/RE:M/U:Amber/MAV:L/MAC:H"
                + "/MAT:N/MPR:H/MUI:N/MVC:N/MVI:L/MVA:N/MSC:L/MSI:S/MSA:H/CR:H/IR:M/AR:M/E:A | MEDIUM",
        "CVSS:4.0/AV:A/AC:H/AT:P/PR:N/UI:P/VC:N/VI:L/VA:N/SC:H/SI:H/AU:N/SA:N/S:N/R:A/V:C/RE:M/U:Green/MAV:L/MAC:L"
                + "/MAT:P/MPR:L/MUI:A/MVC:N/MVI:L/MVA:H/MSC:L/MSI:N/MSA:S/CR:L/IR:L/AR:M/E:P | LOW",
        "CVSS:4.0/AV:A/AC:H/AT:N/PR:H/UI:A/VC:H/VI:N/VA:H/SC:L/SI:N/AU:N/SA:H/S:P/R:I/V:D/RE:M/U:Red/MAV:N/MAC:L/MAT:N"
                + "/MPR:N/MUI:N/MVC:H/MVI:H/MVA:H/MSC:H/MSI:S/MSA:S/CR:H/IR:H/AR:H/E:U | CRITICAL",
        "CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:P/VC:L/VI:N/VA:H/SC:L/SI:N/AU:Y/SA:H/S:P/R:I/V:D/RE:H/U:Green/MAV:A/MAC:L"
                + "/MAT:N/MPR:N/MUI:A/MVC:L/MVI:H/MVA:H/MSC:N/MSI:H/MSA:L/CR:L/IR:H/AR:L/E:U | MEDIUM",
        "CVSS:4.0/AV:L/AC:H/AT:N/PR:N/UI:N/VC:L/VI:N/VA:H/SC:L/SI:H/AU:N/SA:H/S:P/R:U/V:C/RE:H/U:Red/MAV:L/MAC:L/MAT:P"
                + "/MPR:L/MUI:P/MVC:N/MVI:N/MVA:N/MSC:N/MSI:N/MSA:N/CR:H/IR:H/AR:H/E:P | NONE",
    })
    void ratesFullVectors(String vector, CvssSeverity severity) {
        Cvss40 cvss = Cvss40.parse(vector);
        assertEquals(severity, cvss.scoreSeverity());
        assertEquals("CVSS-BTE", cvss.nomenclature());
        assertEquals(cvss, Cvss40.parse(cvss.vector()));
    }

    /** Source: RedHatProductSecurity/cvss, tests/test_cvss4.py (test_json_schema_* cases). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N,       8.7",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/AR:L,  7.9",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MSI:H, 7.7",
        "CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N,       0.0",
    })
    void scoresEnvironmentalVectors(String vector, double score) {
        assertEquals(score, Cvss40.parse(vector).score());
    }
}
