// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssessmentReportTest {

    static String report() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AssessmentReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEverySection() {
        String r = report();
        for (String heading : new String[] {"1. Assets in scope", "2. Risk criteria", "3. Risk register",
            "4. Heat maps", "5. How R-01 was derived", "6. Treatment plan", "7. Annex A controls",
            "8. Scores stored with the scenarios", "9. Open FAIR annual loss", "10. Needs a decision"}) {
            assertTrue(r.contains(heading), heading);
        }
    }

    @Test
    void reportsTheOpenRiskAndTheStoredScoresVerified() {
        String r = report();
        assertTrue(r.contains("- R-03 Insider exports the customer list before leaving: residual Medium above target"
                + " Low and not accepted (owner Head of Sales)"), r);
        assertTrue(r.lines().anyMatch(l -> l.startsWith("R-01") && l.contains("cvss-3.1") && l.contains("9.8")
                && l.contains("CRITICAL") && l.endsWith("yes")), r);
        assertTrue(r.lines().anyMatch(l -> l.startsWith("R-04") && l.contains("fair") && l.contains("WITHIN_APPETITE")),
                r);
        assertTrue(r.contains("register.verify(engine): every stored score is reproduced exactly"), r);
        assertTrue(r.contains("15 of 93 controls are justified by the risk assessment so far."), r);
    }

    @Test
    void isReproducible() {
        assertEquals(report(), report());
    }
}
