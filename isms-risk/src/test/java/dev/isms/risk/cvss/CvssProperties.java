// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CvssProperties {
    /** CVSS v3.1 metrics and values, specification table 15; the first eight are mandatory. */
    private static final String[][] V31 = {
        {"AV", "N", "A", "L", "P"}, {"AC", "L", "H"}, {"PR", "N", "L", "H"}, {"UI", "N", "R"}, {"S", "U", "C"},
        {"C", "H", "L", "N"}, {"I", "H", "L", "N"}, {"A", "H", "L", "N"},
        {"E", "X", "H", "F", "P", "U"}, {"RL", "X", "U", "W", "T", "O"}, {"RC", "X", "C", "R", "U"},
        {"CR", "X", "H", "M", "L"}, {"IR", "X", "H", "M", "L"}, {"AR", "X", "H", "M", "L"},
        {"MAV", "X", "N", "A", "L", "P"}, {"MAC", "X", "L", "H"}, {"MPR", "X", "N", "L", "H"}, {"MUI", "X", "N", "R"},
        {"MS", "X", "U", "C"}, {"MC", "X", "N", "L", "H"}, {"MI", "X", "N", "L", "H"}, {"MA", "X", "N", "L", "H"},
    };
    /** CVSS v4.0 metrics and values, specification table 23; the first eleven are mandatory. */
    private static final String[][] V40 = {
        {"AV", "N", "A", "L", "P"}, {"AC", "L", "H"}, {"AT", "N", "P"}, {"PR", "N", "L", "H"}, {"UI", "N", "P", "A"},
        {"VC", "H", "L", "N"}, {"VI", "H", "L", "N"}, {"VA", "H", "L", "N"},
        {"SC", "H", "L", "N"}, {"SI", "H", "L", "N"}, {"SA", "H", "L", "N"},
        {"E", "X", "A", "P", "U"}, {"CR", "X", "H", "M", "L"}, {"IR", "X", "H", "M", "L"}, {"AR", "X", "H", "M", "L"},
        {"MAV", "X", "N", "A", "L", "P"}, {"MAC", "X", "L", "H"}, {"MAT", "X", "N", "P"}, {"MPR", "X", "N", "L", "H"},
        {"MUI", "X", "N", "P", "A"}, {"MVC", "X", "H", "L", "N"}, {"MVI", "X", "H", "L", "N"},
        {"MVA", "X", "H", "L", "N"}, {"MSC", "X", "H", "L", "N"}, {"MSI", "X", "S", "H", "L", "N"},
        {"MSA", "X", "S", "H", "L", "N"}, {"S", "X", "N", "P"}, {"AU", "X", "N", "Y"}, {"R", "X", "A", "U", "I"},
        {"V", "X", "D", "C"}, {"RE", "X", "L", "M", "H"}, {"U", "X", "Clear", "Green", "Amber", "Red"},
    };
    /** v3.1 impact values from least to most severe. */
    private static final List<String> V31_IMPACT = List.of("N", "L", "H");
    /** v4.0 base metrics with their values from least to most severe. */
    private static final String[][] V40_ASCENDING = {
        {"AV", "P", "L", "A", "N"}, {"AC", "H", "L"}, {"AT", "P", "N"}, {"PR", "H", "L", "N"}, {"UI", "A", "P", "N"},
        {"VC", "N", "L", "H"}, {"VI", "N", "L", "H"}, {"VA", "N", "L", "H"},
        {"SC", "N", "L", "H"}, {"SI", "N", "L", "H"}, {"SA", "N", "L", "H"},
    };

    @Provide
    Arbitrary<String> v31() {
        return vectors("CVSS:3.1", V31, 8, true);
    }

    @Provide
    Arbitrary<String> v31Base() {
        return vectors("CVSS:3.1", V31, 8, false);
    }

    @Provide
    Arbitrary<String> v40() {
        return vectors("CVSS:4.0", V40, 11, true);
    }

    @Provide
    Arbitrary<String> v40Base() {
        return vectors("CVSS:4.0", V40, 11, false);
    }

    @Provide
    Arbitrary<String> any() {
        return Arbitraries.oneOf(v31(), v40());
    }

    /** Random valid vectors: every mandatory metric, optionally some optional ones (X included), in any order. */
    private static Arbitrary<String> vectors(String prefix, String[][] specs, int mandatory, boolean optional) {
        List<Arbitrary<String>> fields = new ArrayList<>();
        for (int i = 0; i < (optional ? specs.length : mandatory); i++) {
            String name = specs[i][0];
            Arbitrary<String> field = Arbitraries.of(Arrays.copyOfRange(specs[i], 1, specs[i].length))
                    .map(value -> name + ":" + value);
            fields.add(i < mandatory ? field : field.injectNull(0.6));
        }
        Arbitrary<List<String>> present = Combinators.combine(fields)
                .as(list -> list.stream().filter(Objects::nonNull).collect(Collectors.toList()));
        return present.flatMap(Arbitraries::shuffle).map(list -> prefix + "/" + String.join("/", list));
    }

    @Property
    void parseOfCanonicalVectorIsEqual(@ForAll("any") String vector) {
        Cvss cvss = Cvss.parse(vector);
        Cvss again = Cvss.parse(cvss.toString());
        assertEquals(cvss, again);
        assertEquals(cvss.hashCode(), again.hashCode());
        assertEquals(cvss.vector(), again.vector());
        assertEquals(cvss.baseScore(), again.baseScore());
        assertTrue(cvss.vector().startsWith(cvss.version().prefix() + "/"));
    }

    @Property
    void canonicalVectorKeepsEveryDefinedMetric(@ForAll("any") String vector) {
        Cvss cvss = Cvss.parse(vector);
        for (String field : vector.substring(9).split("/")) {
            String[] parts = field.split(":");
            assertEquals(parts[1], cvss.metric(parts[0]));
            assertEquals(!parts[1].equals("X"), cvss.metrics().containsKey(parts[0]));
        }
    }

    @Property
    void v31ScoresAreOneDecimalWithinRange(@ForAll("v31") String vector) {
        Cvss31 cvss = Cvss31.parse(vector);
        for (double score : new double[] {cvss.baseScore(), cvss.temporalScore(), cvss.environmentalScore()}) {
            assertOneDecimalInRange(score);
        }
        assertTrue(cvss.temporalScore() <= cvss.baseScore());
    }

    @Property
    void v40ScoresAreOneDecimalWithinRange(@ForAll("v40") String vector) {
        Cvss40 cvss = Cvss40.parse(vector);
        assertOneDecimalInRange(cvss.baseScore());
        assertOneDecimalInRange(cvss.score());
        assertTrue(cvss.macroVector().matches("[0-2][01][0-2][0-2][0-2][01]"), cvss.macroVector());
    }

    @Property
    void severityMatchesTheScoreBand(@ForAll("any") String vector) {
        Cvss cvss = Cvss.parse(vector);
        double score = cvss.baseScore();
        CvssSeverity expected = score == 0.0 ? CvssSeverity.NONE : score < 4.0 ? CvssSeverity.LOW
                : score < 7.0 ? CvssSeverity.MEDIUM : score < 9.0 ? CvssSeverity.HIGH : CvssSeverity.CRITICAL;
        assertEquals(expected, cvss.severity());
    }

    /** Raising C, I or A from N to L to H, all else equal, never lowers the v3.1 base score. */
    @Property
    void v31BaseScoreIsMonotonicInImpact(@ForAll("v31Base") String vector) {
        for (String metric : List.of("C", "I", "A")) {
            double previous = -1;
            for (String value : V31_IMPACT) {
                double score = Cvss31.parse(with(vector, metric, value)).baseScore();
                assertTrue(score >= previous, () -> vector + " " + metric + ":" + value);
                previous = score;
            }
        }
    }

    /**
     * Raising any v4.0 base metric one step in severity, all else equal, never lowers the CVSS-B score. The
     * specification does not promise this, so it was first checked over all 104,976 base vectors (no exception).
     */
    @Property(tries = 300)
    void v40BaseScoreIsMonotonicInEveryBaseMetric(@ForAll("v40Base") String vector) {
        for (String[] metric : V40_ASCENDING) {
            double previous = -1;
            for (String value : Arrays.copyOfRange(metric, 1, metric.length)) {
                double score = Cvss40.parse(with(vector, metric[0], value)).baseScore();
                assertTrue(score >= previous, () -> vector + " " + metric[0] + ":" + value);
                previous = score;
            }
        }
    }

    private static String with(String vector, String metric, String value) {
        return Arrays.stream(vector.split("/"))
                .map(field -> field.startsWith(metric + ":") ? metric + ":" + value : field)
                .collect(Collectors.joining("/"));
    }

    private static void assertOneDecimalInRange(double score) {
        assertTrue(score >= 0.0 && score <= 10.0, () -> "out of range: " + score);
        assertEquals(score, Math.round(score * 10) / 10.0, () -> "more than one decimal: " + score);
    }
}
