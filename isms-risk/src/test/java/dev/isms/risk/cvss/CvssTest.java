// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CvssTest {

    /**
     * Worked examples of FIRST's "CVSS v3.1 Examples" document (https://www.first.org/cvss/v3.1/examples) and, for
     * the first row, the example vector of the CVSS v3.1 Specification Document, section 6.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "spec section 6 example,        CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N, 3.8, LOW",
        "CVE-2013-1937 phpMyAdmin XSS,  CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, MEDIUM",
        "CVE-2013-0375 MySQL SQLi,      CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N, 6.4, MEDIUM",
        "CVE-2014-3566 POODLE,          CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N, 3.1, LOW",
        "CVE-2012-1516 VMware escape,   CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H, 9.9, CRITICAL",
        "CVE-2009-0783 Tomcat parser,   CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L, 4.2, MEDIUM",
        "CVE-2012-0384 Cisco IOS,       CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 8.8, HIGH",
        "CVE-2015-1098 Apple iWork,     CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H, 7.8, HIGH",
        "CVE-2014-0160 Heartbleed,      CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 7.5, HIGH",
        "CVE-2014-6271 Shellshock,      CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
        "CVE-2008-1447 DNS Kaminsky,    CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N, 6.8, MEDIUM",
        "CVE-2014-2005 Sophos bypass,   CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 6.8, MEDIUM",
        "CVE-2010-0467 Joomla traversal,CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N, 5.8, MEDIUM",
        "CVE-2012-1342 Cisco ACL,       CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:L/A:N, 5.8, MEDIUM",
        "CVE-2014-9253 DokuWiki XSS,    CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N, 5.4, MEDIUM",
        "CVE-2011-1265 Bluetooth stack, CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 8.8, HIGH",
        "CVE-2014-2019 iOS bypass,      CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N, 4.6, MEDIUM",
        "CVE-2015-0970 SearchBlox CSRF, CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H, 8.8, HIGH",
        "CVE-2014-0224 OpenSSL CCS,     CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N, 7.4, HIGH",
        "CVE-2016-5729 Lenovo BIOS,     CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H, 8.2, HIGH",
        "CVE-2016-1645 Chrome PDFium,   CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H, 8.8, HIGH",
    })
    void scoresFirstV31Examples(String source, String vector, double score, CvssSeverity severity) {
        Cvss cvss = Cvss.parse(vector);
        assertEquals(score, cvss.baseScore(), source);
        assertEquals(severity, cvss.severity(), source);
        assertEquals(vector, cvss.vector());
    }

    /** Vector/score pairs listed in src/test/resources/dev/isms/risk/cvss/cvss31-vectors.txt (source in its header). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("v31Vectors")
    void scoresReferenceV31Vectors(String vector, double base, double temporal, double environmental) {
        Cvss31 cvss = assertInstanceOf(Cvss31.class, Cvss.parse(vector));
        assertEquals(base, cvss.baseScore());
        assertEquals(temporal, cvss.temporalScore());
        assertEquals(environmental, cvss.environmentalScore());
    }

    static List<Object[]> v31Vectors() {
        return rows("cvss31-vectors.txt").stream()
                .map(f -> new Object[] {f[0], Double.valueOf(f[1]), Double.valueOf(f[2]), Double.valueOf(f[3])})
                .collect(Collectors.toList());
    }

    /** Vector/score pairs listed in src/test/resources/dev/isms/risk/cvss/cvss40-vectors.txt (source in its header). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("v40Vectors")
    void scoresReferenceV40Vectors(String vector, double score) {
        Cvss40 cvss = assertInstanceOf(Cvss40.class, Cvss.parse(vector));
        assertEquals(score, cvss.score());
        assertEquals(CvssSeverity.of(score), cvss.scoreSeverity());
    }

    static List<Object[]> v40Vectors() {
        return rows("cvss40-vectors.txt").stream()
                .map(f -> new Object[] {f[0], Double.valueOf(f[1])})
                .collect(Collectors.toList());
    }

    /**
     * Rounding boundaries of CVSS v4.0: the interpolation lands one floating-point step below an x.x5 tie
     * (8.549999999999999, 5.6499999999999995, 4.949999999999999). FIRST's calculator (cvss_score.js,
     * FIRSTdotorg/cvss-v4-calculator) lifts the value by 1e-6 before Math.round, so these round up; a bare
     * Math.round(value * 10) / 10, as some libraries do, rounds them down. 522 base vectors are affected
     * (Cvss40CalculatorTest counts them).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:N/VA:H/SC:H/SI:H/SA:H, 8.6",
        "CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:A/VC:H/VI:N/VA:L/SC:N/SI:L/SA:N, 5.7",
        "CVSS:4.0/AV:L/AC:H/AT:N/PR:N/UI:A/VC:H/VI:L/VA:N/SC:N/SI:N/SA:N, 5.7",
        "CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:A/VC:N/VI:L/VA:H/SC:N/SI:N/SA:N, 5.7",
        "CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:L/VA:L/SC:H/SI:H/SA:H, 5.0",
        "CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:A/VC:L/VI:N/VA:L/SC:H/SI:H/SA:H, 5.0",
        "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:A/VC:L/VI:L/VA:L/SC:H/SI:H/SA:N, 5.1",
    })
    void roundsV40TiesLikeFirst(String vector, double score) {
        assertEquals(score, Cvss.parse(vector).baseScore());
    }

    @Test
    void scoresWellKnownV40Vectors() {
        // FIRST calculator default vector: MacroVector 000200 scores 9.3 with no distance to its highest vector.
        Cvss40 typical = Cvss40.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
        assertEquals(9.3, typical.baseScore());
        assertEquals("000200", typical.macroVector());
        assertEquals(CvssSeverity.CRITICAL, typical.severity());
        assertEquals(10.0, Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H").baseScore());
        assertEquals(0.0, Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N").baseScore());
        assertEquals(CvssSeverity.NONE,
                Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N").severity());
    }

    @Test
    void dispatchesOnVersionPrefix() {
        assertEquals(CvssVersion.V3_1, Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").version());
        assertEquals(CvssVersion.V4_0,
                Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N").version());
    }

    @Test
    void printsMetricsInSpecificationOrderWithoutNotDefined() {
        // The second example of the v3.1 specification, section 6: a non-preferred order and an explicit RL:X.
        Cvss31 cvss = Cvss31.parse("CVSS:3.1/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:F/RL:X");
        assertEquals("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/E:F", cvss.vector());
        assertEquals(cvss.vector(), cvss.toString());
        assertEquals(3.8, cvss.baseScore());
        assertEquals(3.7, cvss.temporalScore());
        Cvss40 v4 = Cvss40.parse("CVSS:4.0/U:Red/SA:N/SI:N/SC:N/VA:H/VI:H/VC:H/UI:N/PR:N/AT:N/AC:L/AV:N/E:X/MAV:L");
        assertEquals("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MAV:L/U:Red", v4.vector());
    }

    @Test
    void exposesMetricValues() {
        Cvss cvss = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P");
        assertEquals("N", cvss.metric("AV"));
        assertEquals("P", cvss.metric("E"));
        assertEquals("X", cvss.metric("RL"));
        assertEquals(List.of("AV", "AC", "PR", "UI", "S", "C", "I", "A", "E"), List.copyOf(cvss.metrics().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> cvss.metrics().put("RL", "O"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> cvss.metric("AT"));
        assertEquals("unknown CVSS 3.1 metric 'AT'", unknown.getMessage());
        assertThrows(NullPointerException.class, () -> cvss.metric(null));
    }

    @Test
    void equalityFollowsTheCanonicalVector() {
        Cvss a = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        Cvss b = Cvss.parse("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/E:X/CR:X");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:L"));
        assertNotEquals(a, Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"));
        assertNotEquals(a, (Object) a.vector());
    }

    @Test
    void rejectsNullWithNullPointerException() {
        assertThrows(NullPointerException.class, () -> Cvss.parse(null));
    }

    /** Every rule of the grammar, with the metric the exception names, its index and a fragment of its message. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                                                         | | 0 | CVSS vector must not be empty",
        "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H                        | | 0 | must start with 'CVSS:3.1/' or 'CVSS:4.0/'",
        "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H               | | 5 | unsupported CVSS version '3.0'",
        "CVSS:2.0                                                   | | 5 | unsupported CVSS version '2.0'",
        "cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H               | | 0 | must start with",
        "CVSS:3.1                                                   | | 8 | must have metrics after 'CVSS:3.1/'",
        "CVSS:3.1/                                                  | | 9 | metrics NAME:VALUE separated by a single '/'",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/              | | 45 | (empty metric)",
        "CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H              | | 14 | (empty metric)",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y          | XX | 45 | must have CVSS 3.1 metrics only"
                + " (unknown metric 'XX')",
        "CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H               | AV | 12 | metric AV must be one of N, A, L, P"
                + " (not 'Q')",
        "CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H               | AV | 12 | must be one of N, A, L, P (not 'n')",
        "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H               | AV | 12 | must be one of N, A, L, P (not 'X')",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:N          | AV | 45 | must give metric AV only once",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H                   | A  | 40 | must give mandatory CVSS 3.1 metric A",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E             | E  | 45 | metric 'E' must be NAME:VALUE",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:            | E: | 45 | metric 'E:' must be NAME:VALUE",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/:F            | :F | 45 | metric ':F' must be NAME:VALUE",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F:U         | E:F:U | 45 | must be NAME:VALUE",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MS:S          | MS | 48 | metric MS must be one of X, U, C",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AT:N          | AT | 45 | (unknown metric 'AT')",
        "' CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'            | | 0 | must start with",
        "CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | AT | 58 | must give mandatory CVSS 4.0 metric AT",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:R/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | UI | 32 | metric UI must be one of N, P,"
                + " A (not 'R')",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N | SI | 57 | metric SI must be one of H, L,"
                + " N (not 'S')",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:U | S | 66 | metric S must be one of X,"
                + " N, P (not 'U')",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:red | U | 66 | must be one of X, Clear,"
                + " Green, Amber, Red (not 'red')",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A/E:P | E | 68 | must give metric E only"
                + " once",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/RL:O | RL | 64 | (unknown metric 'RL')",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/C:H | C | 64 | (unknown metric 'C')",
    })
    void rejectsInvalidVectorsNamingMetricIndexAndRule(String vector, String metric, int index, String message) {
        CvssException e = assertThrows(CvssException.class, () -> Cvss.parse(vector));
        assertEquals(true, e.getMessage().contains(message), () -> "message was: " + e.getMessage());
        assertEquals(vector, e.parsedText());
        assertEquals(index, e.errorIndex(), e::getMessage);
        assertEquals(metric == null ? null : metric.trim(), e.metric().orElse(null));
    }

    @Test
    void rejectsVersionSpecificParserMismatch() {
        CvssException e = assertThrows(CvssException.class,
                () -> Cvss31.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"));
        assertEquals("CVSS vector must start with 'CVSS:3.1/' (a CVSS 3.1 vector) but was "
                + "'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'", e.getMessage());
        assertThrows(CvssException.class, () -> Cvss40.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
    }

    @Test
    void namesTheFirstOffendingMetricInFullMessages() {
        assertEquals("CVSS vector must have CVSS 3.1 metrics only (unknown metric 'XX') but was 'CVSS:3.1/AV:N/XX:Y'"
                + " (error at index 14)",
                assertThrows(CvssException.class, () -> Cvss.parse("CVSS:3.1/AV:N/XX:Y")).getMessage());
        assertEquals("CVSS vector metric AV must be one of N, A, L, P (not 'Q') but was 'CVSS:3.1/AV:Q' (error at"
                + " index 12)", assertThrows(CvssException.class, () -> Cvss.parse("CVSS:3.1/AV:Q")).getMessage());
        assertEquals("CVSS vector must give mandatory CVSS 4.0 metric AC but was 'CVSS:4.0/AV:N' (error at index 13)",
                assertThrows(CvssException.class, () -> Cvss.parse("CVSS:4.0/AV:N")).getMessage());
    }

    static List<String[]> rows(String resource) {
        try (InputStream in = Objects.requireNonNull(CvssTest.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.trim().split("\\s+")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsEnoughReferenceVectors() {
        assertEquals(true, rows("cvss31-vectors.txt").size() >= 30);
        assertEquals(true, rows("cvss40-vectors.txt").size() >= 30);
        Map<String, String> metrics = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").metrics();
        assertEquals(8, metrics.size());
    }
}
