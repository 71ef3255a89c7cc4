// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ProviderException;
import dev.isms.risk.method.MatrixScorer;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskEngineTest {

    /** A scorer that doubles its one parameter; version and priority configurable. */
    static final class Doubler implements RiskScorer {
        private final String version;
        private final int priority;

        Doubler(String version, int priority) {
            this.version = version;
            this.priority = priority;
        }

        @Override
        public String id() {
            return "doubler";
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
            double x = Double.parseDouble(request.parameters().get("x"));
            return new RiskScore(id(), version, request.parameters(), Optional.empty(), 2 * x, "ANY", 0,
                    "2 x " + x);
        }
    }

    /** A second class with the same id and priority as {@link Doubler}. */
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

    @Test
    void standardEngineFindsTheBuiltInsThroughServiceLoader() {
        assertTrue(RiskEngine.standard().methods().contains(MatrixScorer.ID), RiskEngine.standard().toString());
        assertTrue(RiskEngine.standard().scorer(MatrixScorer.ID).isPresent());
    }

    @Test
    void scoresAndVerifiesStoredScores() {
        RiskEngine engine = RiskEngine.builder().serviceLoader(false).scorer(new Doubler("1", 0)).build();
        RiskScore s = engine.score("doubler", ScoringRequest.of(Map.of("x", "21")));
        assertEquals(42, s.value());
        assertTrue(engine.verify(s, Optional.empty()));
        assertEquals(Set.of("doubler"), engine.methods());
    }

    @Test
    void refusesToRecomputeWithAnotherVersion() {
        RiskScore old = RiskEngine.builder().serviceLoader(false).scorer(new Doubler("1", 0)).build()
                .score("doubler", ScoringRequest.of(Map.of("x", "1")));
        RiskEngine newer = RiskEngine.builder().serviceLoader(false).scorer(new Doubler("2", 0)).build();
        assertEquals("score of method 'doubler' was made by version 1 but version 2 is installed",
                assertThrows(RiskModelException.class, () -> newer.recompute(old, Optional.empty())).getMessage());
    }

    @Test
    void recomputingAMatrixScoreNeedsTheSameCriteria() {
        RiskEngine engine = RiskEngine.standard();
        RiskScore s = engine.score(MatrixScorer.ID, ScoringRequest.of(Map.of("likelihood", "4",
                "consequence.availability", "5"), RiskFixtures.criteria()));
        assertTrue(engine.verify(s, Optional.of(RiskFixtures.criteria())));
        assertEquals("score needs criteria 'acme@2' but was given none",
                assertThrows(RiskModelException.class, () -> engine.verify(s, Optional.empty())).getMessage());
        RiskScore tampered = new RiskScore(s.methodId(), s.methodVersion(), s.parameters(), s.criteria(), 0, "Low",
                0, "edited by hand");
        assertFalse(engine.verify(tampered, Optional.of(RiskFixtures.criteria())));
    }

    @Test
    void higherPriorityWinsAndTiesFailNamingBothClasses() {
        RiskEngine e = RiskEngine.builder().serviceLoader(false).scorer(new Doubler("1", 0))
                .scorer(new Doubler("9", 5)).build();
        assertEquals("9", e.scorer("doubler").orElseThrow().version());
        ProviderException p = assertThrows(ProviderException.class, () -> RiskEngine.builder().serviceLoader(false)
                .scorer(new Doubler("1", 0)).scorer(new Impostor()).build());
        assertTrue(p.getMessage().contains(Doubler.class.getName()) && p.getMessage().contains(
                Impostor.class.getName()), p.getMessage());
    }

    @Test
    void unknownMethodsListTheAvailableOnes() {
        RiskEngine e = RiskEngine.builder().serviceLoader(false).scorer(new Doubler("1", 0)).build();
        assertEquals("unknown scoring method 'fair'; available: [doubler]", assertThrows(RiskModelException.class,
                () -> e.score("fair", ScoringRequest.of(Map.of()))).getMessage());
    }
}
