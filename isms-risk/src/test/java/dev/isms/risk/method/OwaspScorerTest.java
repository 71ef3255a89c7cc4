// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwaspScorerTest {
    private final OwaspScorer scorer = new OwaspScorer();

    /** The OWASP methodology page's worked example (step 4). */
    static Map<String, String> example() {
        Map<String, String> p = new HashMap<>();
        String[] parts = OwaspRiskRatingTest.EXAMPLE.split("/");
        for (String part : parts) {
            p.put(part.substring(0, part.indexOf(':')), part.substring(part.indexOf(':') + 1));
        }
        return p;
    }

    static Map<String, String> without(String... names) {
        Map<String, String> p = example();
        for (String n : names) {
            p.remove(n);
        }
        return p;
    }

    @Test
    void identifiesItself() {
        assertEquals("owasp-rr", scorer.id());
        assertEquals("1", scorer.version());
        assertEquals(Set.of("SL", "M", "O", "S", "ED", "EE", "A", "ID", "LC", "LI", "LAV", "LAC", "FD", "RD", "NC",
                "PV"), scorer.parameterNames());
        assertEquals(0, scorer.priority());
    }

    @Test
    void scoresThePublishedExampleLowUsingTheBusinessImpact() {
        RiskScore s = scorer.score(ScoringRequest.of(example()));
        assertEquals("LOW", s.level());
        assertEquals(1, s.rank());
        assertEquals(1.0, s.value());
        assertEquals("owasp-rr", s.methodId());
        assertEquals("1", s.methodVersion());
        assertEquals(example(), s.parameters());
        assertEquals(Optional.empty(), s.criteria());
        assertEquals("likelihood 4.375 MEDIUM; technical impact 7.25 HIGH; business impact 2.25 LOW (used);"
                + " overall severity LOW", s.explanation());
    }

    @Test
    void scoresThePublishedExampleHighWithoutBusinessFactors() {
        RiskScore s = scorer.score(ScoringRequest.of(without("FD", "RD", "NC", "PV")));
        assertEquals("HIGH", s.level());
        assertEquals(3, s.rank());
        assertEquals(3.0, s.value());
        assertEquals("likelihood 4.375 MEDIUM; technical impact 7.25 HIGH (used; business impact unknown);"
                + " overall severity HIGH", s.explanation());
    }

    @Test
    void agreesWithTheTypedApi() {
        OwaspRiskRating r = OwaspRiskRating.parse(OwaspRiskRatingTest.EXAMPLE);
        assertEquals(r.severity().name(), scorer.score(ScoringRequest.of(example())).level());
    }

    @Test
    void rejectsAFactorAboveNine() {
        Map<String, String> p = example();
        p.put("SL", "10");
        assertMessage("owasp-rr: parameter 'SL' must be 0..9 but was 10", p);
    }

    @Test
    void rejectsANegativeFactor() {
        Map<String, String> p = example();
        p.put("LAV", "-1");
        assertMessage("owasp-rr: parameter 'LAV' must be 0..9 but was -1", p);
    }

    @Test
    void rejectsAFactorThatIsNotAnInteger() {
        Map<String, String> p = example();
        p.put("M", "high");
        assertMessage("owasp-rr: parameter 'M' must be an integer 0..9 but was 'high'", p);
    }

    @Test
    void rejectsAMissingFactor() {
        assertMessage("owasp-rr: missing mandatory parameter 'ID'", without("ID"));
    }

    @Test
    void rejectsSomeButNotAllBusinessFactors() {
        assertMessage("owasp-rr: business impact parameters [FD, RD, NC, PV] must be given all or none but only"
                + " [FD, NC] were given", without("RD", "PV"));
    }

    @Test
    void rejectsAnUnknownParameter() {
        Map<String, String> p = example();
        p.put("skill", "5");
        RiskModelException e = assertThrows(RiskModelException.class, () -> scorer.score(ScoringRequest.of(p)));
        assertTrue(e.getMessage().startsWith("owasp-rr: unknown parameter 'skill'; known parameters are [A, ED,"),
                e.getMessage());
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertTrue(ServiceLoader.load(RiskScorer.class).stream().anyMatch(p -> p.type() == OwaspScorer.class));
    }

    private void assertMessage(String message, Map<String, String> parameters) {
        RiskModelException e = assertThrows(RiskModelException.class,
                () -> scorer.score(ScoringRequest.of(parameters)));
        assertEquals(message, e.getMessage());
    }
}
