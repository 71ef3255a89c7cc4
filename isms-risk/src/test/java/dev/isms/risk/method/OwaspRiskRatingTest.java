// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.TextParseException;
import dev.isms.risk.method.OwaspRiskRating.Level;
import dev.isms.risk.method.OwaspRiskRating.Severity;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OwaspRiskRatingTest {
    static final String EXAMPLE = "SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5";

    static OwaspRiskRating example() {
        return OwaspRiskRating.of(new OwaspLikelihoodFactors(5, 2, 7, 1, 3, 6, 9, 2),
                new OwaspTechnicalImpact(9, 7, 5, 8), new OwaspBusinessImpact(1, 2, 1, 5));
    }

    @Test
    void ratesThePublishedExampleLowBecauseTheBusinessImpactIsLow() {
        // OWASP Risk Rating Methodology, step 4: likelihood 4.375 MEDIUM, technical impact 7.25 HIGH, business
        // impact 2.25 LOW; "the overall severity is best described as low".
        OwaspRiskRating r = example();
        assertEquals(4.375, r.likelihood());
        assertEquals(Level.MEDIUM, r.likelihoodLevel());
        assertEquals(2.25, r.impact());
        assertEquals(Level.LOW, r.impactLevel());
        assertEquals(Severity.LOW, r.severity());
    }

    @Test
    void ratesThePublishedExampleHighOnTechnicalImpactAlone() {
        // Same page: "from a purely technical perspective it appears that the overall severity is high".
        OwaspRiskRating r = OwaspRiskRating.of(example().likelihoodFactors(), example().technicalImpact());
        assertEquals(7.25, r.impact());
        assertEquals(Level.HIGH, r.impactLevel());
        assertEquals(Severity.HIGH, r.severity());
        assertEquals(Optional.empty(), r.businessImpact());
    }

    @ParameterizedTest(name = "likelihood {0} x impact {1} = {2}")
    @CsvSource({
        // OWASP Risk Rating Methodology, step 4, "Overall Risk Severity" table, all nine cells
        "LOW, LOW, NOTE", "LOW, MEDIUM, LOW", "LOW, HIGH, MEDIUM",
        "MEDIUM, LOW, LOW", "MEDIUM, MEDIUM, MEDIUM", "MEDIUM, HIGH, HIGH",
        "HIGH, LOW, MEDIUM", "HIGH, MEDIUM, HIGH", "HIGH, HIGH, CRITICAL"})
    void looksUpEveryCellOfTheSeverityTable(Level likelihood, Level impact, Severity expected) {
        assertEquals(expected, OwaspRiskRating.severity(likelihood, impact));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, LOW", "2.999, LOW", "2.9999999, LOW", "3.0, MEDIUM", "5.999, MEDIUM", "6.0, HIGH", "9, HIGH"})
    void splitsTheZeroToNineScaleAtThreeAndSix(double score, Level expected) {
        assertEquals(expected, OwaspRiskRating.level(score));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 9.001, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsScoresOutsideZeroToNine(double score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OwaspRiskRating.level(score));
        assertTrue(e.getMessage().startsWith("OWASP score must be 0..9 but was "), e.getMessage());
    }

    @Test
    void writesAndReadsTheCalculatorVector() {
        assertEquals(EXAMPLE, example().toString());
        assertEquals(example(), OwaspRiskRating.parse(EXAMPLE));
        assertEquals(example(), OwaspRiskRating.parse("(" + EXAMPLE.toLowerCase(Locale.ROOT) + ")"));
        String technicalOnly = EXAMPLE.substring(0, EXAMPLE.indexOf("/FD"));
        assertEquals(technicalOnly, OwaspRiskRating.parse(technicalOnly).toString());
        assertEquals(Optional.empty(), OwaspRiskRating.parse(technicalOnly).businessImpact());
    }

    @Test
    void readsTheVectorInAnyOrder() {
        String reordered = "PV:5/NC:1/RD:2/FD:1/LAC:8/LAV:5/LI:7/LC:9/ID:2/A:9/EE:6/ED:3/S:1/O:7/M:2/SL:5";
        assertEquals(example(), OwaspRiskRating.parse(reordered));
    }

    @Test
    void rejectsBadVectorsNamingTheProblemAndWhereItIs() {
        String noLac = EXAMPLE.replace("/LAC:8", "");
        assertParseError("OWASP risk rating vector must give [LAC]", noLac.length(), noLac);
        String noPv = EXAMPLE.replace("/PV:5", "");
        assertParseError("OWASP risk rating vector must give all or none of [FD, RD, NC, PV]", noPv.length(), noPv);
        assertParseError("OWASP risk rating vector must have parts ABBREVIATION:0..9 separated by '/' (not 'SL:10')",
                0, EXAMPLE.replace("SL:5", "SL:10"));
        assertParseError("OWASP risk rating vector must have parts ABBREVIATION:0..9 separated by '/' (not 'SL')",
                0, EXAMPLE.replace("SL:5", "SL"));
        assertParseError("OWASP risk rating vector must use the abbreviations", EXAMPLE.length() + 1,
                EXAMPLE + "/XX:1");
        assertParseError("OWASP risk rating vector must give SL only once", EXAMPLE.length() + 1, EXAMPLE + "/SL:1");
        assertParseError("OWASP risk rating vector must have parts ABBREVIATION:0..9 separated by '/' (not '')", 0,
                "");
        assertParseError("OWASP risk rating vector must have parts", 6, "(SL:5/M)");
    }

    private static void assertParseError(String start, int index, String vector) {
        TextParseException e = assertThrows(TextParseException.class, () -> OwaspRiskRating.parse(vector));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertEquals(vector, e.parsedText());
        assertEquals(index, e.errorIndex(), e.getMessage());
    }

    @Test
    void rejectsNullComponents() {
        OwaspRiskRating r = example();
        assertThrows(NullPointerException.class,
                () -> new OwaspRiskRating(null, r.technicalImpact(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new OwaspRiskRating(r.likelihoodFactors(), null,
                Optional.empty()));
        assertThrows(NullPointerException.class, () -> new OwaspRiskRating(r.likelihoodFactors(),
                r.technicalImpact(), null));
    }
}
