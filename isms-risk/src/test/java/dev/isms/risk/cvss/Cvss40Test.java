package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
