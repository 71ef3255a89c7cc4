// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScore;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParametersTest {
    private static final RiskScorer SCORER = new RiskScorer() {
        @Override
        public String id() {
            return "m";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Set<String> parameterNames() {
            return Set.of("n", "x");
        }

        @Override
        public RiskScore score(ScoringRequest request) {
            throw new UnsupportedOperationException();
        }
    };

    private static Parameters of(String name, String value) {
        return Parameters.of(SCORER, ScoringRequest.of(Map.of(name, value)));
    }

    private static String rejected(Runnable read) {
        return assertThrows(RiskModelException.class, read::run).getMessage();
    }

    @Test
    void integersArePlainAsciiDigits() {
        assertEquals(3, of("n", "3").integer("n", 1, 5));
        assertEquals("m: parameter 'n' must be an integer 1..5 but was ' +3 '",
                rejected(() -> of("n", " +3 ").integer("n", 1, 5)));
        assertEquals("m: parameter 'n' must be an integer 1..5 but was '３'",
                rejected(() -> of("n", "３").integer("n", 1, 5)));
        assertEquals("m: parameter 'n' must be an integer 1..100 but was '٩٩'",
                rejected(() -> of("n", "٩٩").integer("n", 1, 100)));
        assertEquals("m: parameter 'n' must be 1..5 but was 7", rejected(() -> of("n", "7").integer("n", 1, 5)));
        assertEquals("m: parameter 'n' must be 1..5 but was 99999999999",
                rejected(() -> of("n", "99999999999").integer("n", 1, 5)));
    }

    @Test
    void longIntegersNameTheRule() {
        assertEquals(-9_000_000_000L, of("n", "-9000000000").longInteger("n", "a seed"));
        assertEquals("m: parameter 'n' must be a seed but was '5L'", rejected(() -> of("n", "5L").longInteger("n",
                "a seed")));
    }

    @Test
    void decimalsArePlainAsciiDecimalsWithinTheRange() {
        assertEquals(2.5e6, of("x", "2.5e6").decimal("x", 0, 1e7));
        assertEquals("m: parameter 'x' must be a decimal number 0.0..10.0 but was '5d'",
                rejected(() -> of("x", "5d").decimal("x", 0, 10)));
        assertEquals("m: parameter 'x' must be a decimal number 0.0..10.0 but was '0x1p3'",
                rejected(() -> of("x", "0x1p3").decimal("x", 0, 10)));
        assertEquals("m: parameter 'x' must be 0.0..10.0 but was '1e999'",
                rejected(() -> of("x", "1e999").decimal("x", 0, 10)));
    }

    @Test
    void messagesQuoteHostileValuesBoundedAndEscaped() {
        String message = rejected(() -> of("n", "1\n" + "9".repeat(10_000)).integer("n", 1, 5));
        assertEquals("m: parameter 'n' must be an integer 1..5 but was '1\\n" + "9".repeat(98) + "'… (10002"
                + " characters)", message);
        assertEquals("m: unknown parameter 'bad\\u0000'; known parameters are [n, x]",
                rejected(() -> of("bad\0", "1")));
    }

    @Test
    void parsedWithReasonGivesTheParsersReason() {
        assertEquals("m: parameter 'x' must be positive but was '-1': negative",
                rejected(() -> of("x", "-1").parsedWithReason("x", t -> {
                    throw new IllegalArgumentException("negative");
                }, "positive")));
    }
}
