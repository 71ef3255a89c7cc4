// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.TextParseException;
import dev.isms.risk.method.Nist80030.Level;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class Nist80030Test {

    @ParameterizedTest(name = "G-5: initiation {0}, adverse impact {1} -> {2}")
    @CsvSource({
        // NIST SP 800-30 Rev. 1, Table G-5 "Assessment Scale - Overall Likelihood", rows = likelihood of threat
        // event initiation or occurrence, columns = likelihood threat events result in adverse impacts
        "VERY_HIGH, VERY_LOW, LOW", "VERY_HIGH, LOW, MODERATE", "VERY_HIGH, MODERATE, HIGH",
        "VERY_HIGH, HIGH, VERY_HIGH", "VERY_HIGH, VERY_HIGH, VERY_HIGH",
        "HIGH, VERY_LOW, LOW", "HIGH, LOW, MODERATE", "HIGH, MODERATE, MODERATE",
        "HIGH, HIGH, HIGH", "HIGH, VERY_HIGH, VERY_HIGH",
        "MODERATE, VERY_LOW, LOW", "MODERATE, LOW, LOW", "MODERATE, MODERATE, MODERATE",
        "MODERATE, HIGH, MODERATE", "MODERATE, VERY_HIGH, HIGH",
        "LOW, VERY_LOW, VERY_LOW", "LOW, LOW, LOW", "LOW, MODERATE, LOW",
        "LOW, HIGH, MODERATE", "LOW, VERY_HIGH, MODERATE",
        "VERY_LOW, VERY_LOW, VERY_LOW", "VERY_LOW, LOW, VERY_LOW", "VERY_LOW, MODERATE, LOW",
        "VERY_LOW, HIGH, LOW", "VERY_LOW, VERY_HIGH, LOW"})
    void looksUpEveryCellOfTableG5(Level initiation, Level adverseImpact, Level expected) {
        assertEquals(expected, Nist80030.overallLikelihood(initiation, adverseImpact));
    }

    @ParameterizedTest(name = "I-2: likelihood {0}, impact {1} -> {2}")
    @CsvSource({
        // NIST SP 800-30 Rev. 1, Table I-2 "Assessment Scale - Level of Risk (Combination of Likelihood and
        // Impact)", rows = likelihood (threat event occurs and results in adverse impact), columns = level of impact
        "VERY_HIGH, VERY_LOW, VERY_LOW", "VERY_HIGH, LOW, LOW", "VERY_HIGH, MODERATE, MODERATE",
        "VERY_HIGH, HIGH, HIGH", "VERY_HIGH, VERY_HIGH, VERY_HIGH",
        "HIGH, VERY_LOW, VERY_LOW", "HIGH, LOW, LOW", "HIGH, MODERATE, MODERATE",
        "HIGH, HIGH, HIGH", "HIGH, VERY_HIGH, VERY_HIGH",
        "MODERATE, VERY_LOW, VERY_LOW", "MODERATE, LOW, LOW", "MODERATE, MODERATE, MODERATE",
        "MODERATE, HIGH, MODERATE", "MODERATE, VERY_HIGH, HIGH",
        "LOW, VERY_LOW, VERY_LOW", "LOW, LOW, LOW", "LOW, MODERATE, LOW",
        "LOW, HIGH, LOW", "LOW, VERY_HIGH, MODERATE",
        "VERY_LOW, VERY_LOW, VERY_LOW", "VERY_LOW, LOW, VERY_LOW", "VERY_LOW, MODERATE, VERY_LOW",
        "VERY_LOW, HIGH, LOW", "VERY_LOW, VERY_HIGH, LOW"})
    void looksUpEveryCellOfTableI2(Level likelihood, Level impact, Level expected) {
        assertEquals(expected, Nist80030.risk(likelihood, impact));
    }

    @Test
    void chainsTableG5IntoTableI2() {
        // High initiation, moderate adverse impact -> Moderate likelihood (G-5); with Very High impact -> High (I-2)
        assertEquals(Level.HIGH, Nist80030.risk(Level.HIGH, Level.MODERATE, Level.VERY_HIGH));
    }

    @ParameterizedTest(name = "{0}: {1}-{2}, value {3}, representative {4}, \"{5}\"")
    @CsvSource({
        // NIST SP 800-30 Rev. 1, Tables G-2, G-3, G-4, H-3 and I-3: semi-quantitative values 0-100 and 0-10
        "VERY_LOW, 0, 4, 0, 0, Very Low", "LOW, 5, 20, 2, 20, Low", "MODERATE, 21, 79, 5, 50, Moderate",
        "HIGH, 80, 95, 8, 80, High", "VERY_HIGH, 96, 100, 10, 100, Very High"})
    void carriesThePublishedSemiQuantitativeValues(Level level, int min, int max, int score, int representative,
            String label) {
        assertEquals(min, level.min());
        assertEquals(max, level.max());
        assertEquals(score, level.score());
        assertEquals(representative, level.representativeValue());
        assertEquals(label, level.toString());
        assertTrue(level.contains(representative));
        assertEquals(level, Level.fromSemiQuantitative(representative));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, VERY_LOW", "4, VERY_LOW", "5, LOW", "20, LOW", "21, MODERATE", "79, MODERATE", "80, HIGH",
        "95, HIGH", "96, VERY_HIGH", "100, VERY_HIGH"})
    void mapsSemiQuantitativeValuesAtTheRangeBoundaries(int value, Level expected) {
        assertEquals(expected, Level.fromSemiQuantitative(value));
        assertEquals(expected, Level.parse(Integer.toString(value)));
        assertFalse(expected.contains(value == expected.min() ? value - 1 : value + 1));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectsSemiQuantitativeValuesOutsideZeroToHundred(int value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Level.fromSemiQuantitative(value));
        assertEquals("semi-quantitative value must be 0..100 but was " + value, e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    void parsesNamesInAnyCommonSpelling(Level level) {
        assertEquals(level, Level.parse(level.toString()));
        assertEquals(level, Level.parse(level.name()));
        assertEquals(level, Level.parse(" " + level.name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Medium", "Very  Very High", "1000", "-5", "4.5", "٩٩", "５０", "+5"})
    void rejectsTextThatIsNeitherALevelNorAValue(String text) {
        TextParseException e = assertThrows(TextParseException.class, () -> Level.parse(text));
        assertEquals(text, e.parsedText());
        assertEquals(0, e.errorIndex());
        assertTrue(e.getMessage().startsWith("NIST SP 800-30 level "), e.getMessage());
        assertTrue(e.getMessage().endsWith("but was '" + text + "'"), e.getMessage());
    }

    @Test
    void rejectsAValueAbove100AtItsFirstDigit() {
        TextParseException e = assertThrows(TextParseException.class, () -> Level.parse("  101"));
        assertEquals(2, e.errorIndex());
        assertEquals("NIST SP 800-30 level as a semi-quantitative value must be 0..100 but was '  101' (error at"
                + " index 2)", e.getMessage());
    }
}
