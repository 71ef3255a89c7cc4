// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.internal.ScorerRegistry;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The entry point of risk scoring: finds scoring methods by id (built-in, discovered with
 * {@link java.util.ServiceLoader}, or given explicitly), scores requests, and recomputes stored scores for audit.
 *
 * <pre>{@code
 * RiskEngine engine = RiskEngine.standard();
 * RiskScore s = engine.score("owasp-rr", ScoringRequest.of(factors));
 * engine.verify(s, Optional.empty());   // true: the same inputs give the same score
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RiskEngine {
    private final ScorerRegistry registry;

    private RiskEngine(ScorerRegistry registry) {
        this.registry = registry;
    }

    /**
     * {@return an engine with every scorer on the class or module path, discovered once and shared}
     *
     * @throws dev.isms.core.ProviderException if two scorers share an id and a priority
     */
    public static RiskEngine standard() {
        return Holder.STANDARD;
    }

    /**
     * {@return a builder for an engine with explicitly chosen scorers}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the ids of the available methods, sorted} */
    public Set<String> methods() {
        return registry.ids();
    }

    /**
     * Finds a scorer.
     *
     * @param methodId such as {@code "owasp-rr"}, not null
     * @return the scorer, or empty
     */
    public Optional<RiskScorer> scorer(String methodId) {
        return registry.find(methodId);
    }

    /**
     * Scores a request with a method.
     *
     * @param methodId such as {@code "iso27005-matrix"}, not null
     * @param request the parameters and criteria, not null
     * @return the score
     * @throws RiskModelException if the method is unknown (listing the known ones) or the request is invalid
     */
    public RiskScore score(String methodId, ScoringRequest request) {
        Objects.requireNonNull(request, "request");
        return require(methodId).score(request);
    }

    /**
     * Recomputes a stored score with the method, version and parameters it records.
     *
     * @param stored the stored score, not null
     * @param criteria the criteria it names, if it names any; must match its reference
     * @return the fresh score
     * @throws RiskModelException if the method is unknown, its version differs from the stored one, or the criteria
     *         are missing or are not the ones the score names
     */
    public RiskScore recompute(RiskScore stored, Optional<RiskCriteria> criteria) {
        RiskScorer scorer = require(stored.methodId());
        if (!scorer.version().equals(stored.methodVersion())) {
            throw new RiskModelException("score of method '" + stored.methodId() + "' was made by version "
                    + stored.methodVersion() + " but version " + scorer.version() + " is installed");
        }
        if (stored.criteria().isPresent()) {
            String wanted = stored.criteria().get();
            if (criteria.isEmpty() || !criteria.get().reference().equals(wanted)) {
                throw new RiskModelException("score needs criteria '" + wanted + "' but was given "
                        + criteria.map(RiskCriteria::reference).orElse("none"));
            }
        }
        return scorer.score(new ScoringRequest(stored.parameters(), stored.criteria().isPresent() ? criteria
                : Optional.empty()));
    }

    /**
     * Tells whether a stored score is reproduced exactly by recomputing it.
     *
     * @param stored the stored score, not null
     * @param criteria the criteria it names, if any
     * @return true if the recomputed score equals the stored one
     * @throws RiskModelException as {@link #recompute(RiskScore, Optional)}
     */
    public boolean verify(RiskScore stored, Optional<RiskCriteria> criteria) {
        return recompute(stored, criteria).equals(stored);
    }

    private RiskScorer require(String methodId) {
        return registry.find(Objects.requireNonNull(methodId, "methodId")).orElseThrow(() -> new RiskModelException(
                "unknown scoring method '" + methodId + "'; available: " + registry.ids()));
    }

    /** {@return the available methods} */
    @Override
    public String toString() {
        return "RiskEngine" + registry.ids();
    }

    /** Holds the shared standard engine, discovered on first use. */
    private static final class Holder {
        static final RiskEngine STANDARD = new RiskEngine(ScorerRegistry.discover(List.of()));
    }

    /** Chooses an engine's scorers. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private final List<RiskScorer> scorers = new ArrayList<>();
        private boolean serviceLoader = true;

        private Builder() {
        }

        /**
         * Adds a scorer explicitly; it competes with discovered ones by {@link RiskScorer#priority()}.
         *
         * @param scorer the scorer, not null
         * @return this builder
         */
        public Builder scorer(RiskScorer scorer) {
            scorers.add(Objects.requireNonNull(scorer, "scorer"));
            return this;
        }

        /**
         * Sets whether scorers on the class or module path are discovered too (default true).
         *
         * @param enabled false to use only the explicitly added scorers
         * @return this builder
         */
        public Builder serviceLoader(boolean enabled) {
            this.serviceLoader = enabled;
            return this;
        }

        /**
         * {@return the engine}
         *
         * @throws dev.isms.core.ProviderException if two scorers share an id and a priority
         */
        public RiskEngine build() {
            return new RiskEngine(serviceLoader ? ScorerRegistry.discover(scorers) : ScorerRegistry.of(scorers));
        }
    }
}
