// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ProviderException;
import dev.isms.core.UnknownIdException;
import dev.isms.risk.method.MatrixRequest;
import dev.isms.risk.method.MatrixScorer;
import dev.isms.risk.spi.MethodRequest;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

    /** A scorer whose id, version, priority and scoring are given by the test. */
    static final class Fake implements RiskScorer {
        private final String id;
        private final String version;
        private final int priority;
        private final Function<ScoringRequest, RiskScore> body;

        Fake(String id, String version, int priority, Function<ScoringRequest, RiskScore> body) {
            this.id = id;
            this.version = version;
            this.priority = priority;
            this.body = body;
        }

        /** Doubles its one parameter {@code x}. */
        static Fake doubler(String version, int priority) {
            return new Fake("doubler", version, priority, r -> {
                double x = Double.parseDouble(r.parameters().get("x"));
                return RiskScore.builder("doubler", version).parameters(r.parameters()).value(2 * x).level("ANY", 0)
                        .explanation("2 x " + x).build();
            });
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public Set<String> parameterNames() {
            return Set.of("x");
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public RiskScore score(ScoringRequest request) {
            return body.apply(request);
        }
    }

    /** A second class with the same id and priority as the doubler. */
    static final class Impostor implements RiskScorer {
        @Override
        public String id() {
            return "doubler";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Set<String> parameterNames() {
            return Set.of();
        }

        @Override
        public RiskScore score(ScoringRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    private static RiskEngine only(RiskScorer... scorers) {
        return RiskEngine.builder().serviceLoader(false).scorers(List.of(scorers)).build();
    }

    private static final RiskEngine DOUBLER = only(Fake.doubler("1", 0));

    private static RiskScore doubled(String x) {
        return DOUBLER.score("doubler", ScoringRequest.of(Map.of("x", x)));
    }

    @Test
    void standardEngineIsSharedAndFindsTheBuiltIns() {
        assertSame(RiskEngine.standard(), RiskEngine.standard());
        assertTrue(RiskEngine.standard().methods().containsAll(Set.of(MatrixScorer.ID, "owasp-rr", "nist-800-30",
                "cvss-3.1", "cvss-4.0", "fair")), RiskEngine.standard().toString());
        assertEquals(MatrixScorer.ID, RiskEngine.standard().require(MatrixScorer.ID).id());
    }

    @Test
    void scoresATypedRequestWithTheMethodItNames() {
        RiskScore s = RiskEngine.standard().score(MatrixRequest.of(RiskFixtures.criteria(), 4,
                Map.of(RiskFixtures.A, 5)));
        assertEquals("Critical", s.level());
        assertEquals(Map.of("consequence.availability", "5", "likelihood", "4"), s.parameters());
        MethodRequest viaPlugIn = new MethodRequest() {
            @Override
            public String methodId() {
                return "doubler";
            }

            @Override
            public ScoringRequest toScoringRequest() {
                return ScoringRequest.of(Map.of("x", "4"));
            }
        };
        assertEquals(8, DOUBLER.score(viaPlugIn).value());
    }

    @Test
    void verifiesAStoredScoreByRecomputingIt() {
        RiskScore s = doubled("21");
        assertEquals(42, s.value());
        assertTrue(DOUBLER.verify(s));
        assertEquals(Optional.empty(), DOUBLER.check(s));
        assertEquals(s, DOUBLER.recompute(s));
        assertEquals(Set.of("doubler"), DOUBLER.methods());
    }

    @Test
    void checkNamesTheReasonAStoredScoreIsNoLongerReproduced() {
        RiskScore old = doubled("1");
        RiskEngine newer = only(Fake.doubler("2", 0));
        ScoreMismatch m = newer.check(old).orElseThrow();
        assertEquals(ScoreMismatch.Reason.METHOD_VERSION_CHANGED, m.reason());
        assertEquals("score of method 'doubler' was made by version '1' but version 2 is installed", m.detail());
        assertFalse(newer.verify(old));
        assertEquals("score of method 'doubler' cannot be recomputed: " + m.detail(),
                assertThrows(RiskModelException.class, () -> newer.recompute(old)).getMessage());
        ScoreMismatch unknown = RiskEngine.standard().check(old).orElseThrow();
        assertEquals(ScoreMismatch.Reason.METHOD_UNKNOWN, unknown.reason());
        RiskScore edited = new RiskScore("doubler", "1", Map.of("x", "1"), Optional.empty(), 3, "ANY", 0, "2 x 1.0");
        ScoreMismatch value = DOUBLER.check(edited).orElseThrow();
        assertEquals(ScoreMismatch.Reason.VALUE_DIFFERS, value.reason());
        assertEquals("value 3.0 became 2.0", value.detail());
        assertEquals(Optional.of(old), value.recomputed());
        RiskScore relabelled = new RiskScore("doubler", "1", Map.of("x", "1"), Optional.empty(), 2, "LOW", 0,
                "2 x 1.0");
        assertEquals(ScoreMismatch.Reason.LEVEL_DIFFERS, DOUBLER.check(relabelled).orElseThrow().reason());
        RiskScore reworded = new RiskScore("doubler", "1", Map.of("x", "1"), Optional.empty(), 2, "ANY", 0, "twice");
        assertEquals(ScoreMismatch.Reason.EXPLANATION_DIFFERS, DOUBLER.check(reworded).orElseThrow().reason());
        RiskScore unreadable = new RiskScore("nist-800-30", "1", Map.of("impact", "x"), Optional.empty(), 0, "Low",
                0, "w");
        assertEquals(ScoreMismatch.Reason.PARAMETERS_REJECTED, RiskEngine.standard().check(unreadable)
                .orElseThrow().reason());
    }

    @Test
    void aMatrixScoreIsRecomputedOnlyWithTheCriteriaItNames() {
        RiskEngine engine = RiskEngine.standard();
        RiskScore s = engine.score(MatrixScorer.ID, ScoringRequest.of(Map.of("likelihood", "4",
                "consequence.availability", "5"), RiskFixtures.criteria()));
        assertTrue(engine.verify(s, RiskFixtures.criteria()));
        ScoreMismatch missing = engine.check(s).orElseThrow();
        assertEquals(ScoreMismatch.Reason.CRITERIA_MISSING, missing.reason());
        assertEquals("score needs criteria 'acme@2' but was given none", missing.detail());
        assertThrows(RiskModelException.class, () -> engine.recompute(s));
        RiskScore other = new RiskScore(s.methodId(), s.methodVersion(), s.parameters(), Optional.of("acme@1"),
                s.value(), s.level(), s.rank(), s.explanation());
        assertEquals(ScoreMismatch.Reason.CRITERIA_CHANGED, engine.check(other, RiskFixtures.criteria())
                .orElseThrow().reason());
        RiskScore tampered = new RiskScore(s.methodId(), s.methodVersion(), s.parameters(), s.criteria(), 0, "Low",
                0, "edited by hand");
        assertFalse(engine.verify(tampered, RiskFixtures.criteria()));
    }

    @Test
    void higherPriorityWinsAndTiesFailNamingBothClasses() {
        RiskEngine e = only(Fake.doubler("1", 0), Fake.doubler("9", 5));
        assertEquals("9", e.find("doubler").orElseThrow().version());
        ProviderException p = assertThrows(ProviderException.class, () -> only(Fake.doubler("1", 0),
                new Impostor()));
        assertTrue(p.getMessage().contains(Fake.class.getName()) && p.getMessage().contains(
                Impostor.class.getName()), p.getMessage());
    }

    @Test
    void unknownMethodsAreUnknownIdsListingTheAvailableOnes() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> DOUBLER.score("fair",
                ScoringRequest.of(Map.of())));
        assertEquals("scoring method", e.kind());
        assertEquals("fair", e.id());
        assertEquals("unknown scoring method id 'fair' in risk engine (available: [doubler])", e.getMessage());
        assertThrows(UnknownIdException.class, () -> DOUBLER.require("fair"));
        assertEquals(Optional.empty(), DOUBLER.find("fair"));
    }

    @Test
    void refusesScorersWithoutAnIdOrVersion() {
        Function<ScoringRequest, RiskScore> none = r -> null;
        ProviderException blank = assertThrows(ProviderException.class, () -> only(new Fake(" ", "1", 0, none)));
        assertTrue(blank.getMessage().contains("must have a non-blank id and version but has id ' '"),
                blank.getMessage());
        assertThrows(ProviderException.class, () -> only(new Fake(null, "1", 0, none)));
        assertThrows(ProviderException.class, () -> only(new Fake("x", "", 0, none)));
    }

    @Test
    void aScorerThatBreaksItsContractIsAProviderError() {
        RiskEngine nullScore = only(new Fake("x", "1", 0, r -> null));
        assertTrue(assertThrows(ProviderException.class, () -> nullScore.score("x", ScoringRequest.of(Map.of())))
                .getMessage().contains("returned no score"));
        RiskEngine foreign = only(new Fake("x", "1", 0, r -> doubled("1")));
        assertTrue(assertThrows(ProviderException.class, () -> foreign.score("x", ScoringRequest.of(Map.of())))
                .getMessage().contains("must record its own id and version"));
        RiskEngine crashing = only(new Fake("x", "1", 0, r -> {
            throw new IllegalStateException("boom");
        }));
        ProviderException crash = assertThrows(ProviderException.class, () -> crashing.score("x",
                ScoringRequest.of(Map.of())));
        assertTrue(crash.getCause() instanceof IllegalStateException, crash.toString());
        RiskEngine rejecting = only(new Fake("x", "1", 0, r -> {
            throw new RiskModelException("x: parameter 'y' must be 1..5 but was 7");
        }));
        assertEquals("x: parameter 'y' must be 1..5 but was 7", assertThrows(RiskModelException.class,
                () -> rejecting.score("x", ScoringRequest.of(Map.of()))).getMessage());
    }
}
