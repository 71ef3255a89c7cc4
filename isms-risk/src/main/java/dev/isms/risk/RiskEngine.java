// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.UnknownIdException;
import dev.isms.core.internal.Checks;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.internal.Outcome;
import dev.isms.risk.internal.ScorerRegistry;
import dev.isms.risk.spi.MethodRequest;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.ArrayList;
import java.util.Collection;
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
 * RiskScore s = engine.score(OwaspRequest.of(OwaspRiskRating.parse(vector)));
 * engine.verify(s);                     // true: the same inputs give the same score
 * engine.check(s, criteria);            // empty, or why the score is no longer reproduced
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
     * @throws dev.isms.core.ProviderException on every call, if discovery failed: a provider cannot be loaded or
     *         instantiated, has no id or version, or two scorers share an id and a priority
     */
    public static RiskEngine standard() {
        return Standard.OUTCOME.get("the standard risk engine");
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
    public Optional<RiskScorer> find(String methodId) {
        return registry.find(Objects.requireNonNull(methodId, "methodId"));
    }

    /**
     * Returns a scorer that must be available.
     *
     * @param methodId such as {@code "owasp-rr"}, not null
     * @return the scorer
     * @throws UnknownIdException of kind {@code "scoring method"} if no scorer has the id; it lists the available ids
     */
    public RiskScorer require(String methodId) {
        return find(methodId).orElseThrow(() -> new UnknownIdException("scoring method", methodId,
                "risk engine (available: " + registry.ids() + ")"));
    }

    /**
     * Scores a typed request with the method it names.
     *
     * @param request such as {@code MatrixRequest.of(criteria, 4, Map.of(CONFIDENTIALITY, 5))}, not null
     * @return the score, recording the request's text parameters
     * @throws UnknownIdException if the method is not available
     * @throws RiskModelException if the method rejects the request
     */
    public RiskScore score(MethodRequest request) {
        Objects.requireNonNull(request, "request");
        return score(request.methodId(), request.toScoringRequest());
    }

    /**
     * Scores a text-parameter request with a method.
     *
     * @param methodId such as {@code "iso27005-matrix"}, not null
     * @param request the parameters and criteria, not null
     * @return the score
     * @throws UnknownIdException if the method is not available
     * @throws RiskModelException if the method rejects the request
     * @throws dev.isms.core.ProviderException if the scorer breaks its contract (returns null, a score of another
     *         method, or fails with an exception that is not the library's)
     */
    public RiskScore score(String methodId, ScoringRequest request) {
        Objects.requireNonNull(request, "request");
        return ScorerRegistry.call(require(methodId), request);
    }

    /**
     * Recomputes a stored score that names no criteria.
     *
     * @param stored the stored score, not null
     * @return the fresh score
     * @throws UnknownIdException if the method is not available
     * @throws RiskModelException if the method's version differs, the score names criteria, or the method rejects
     *         the stored parameters
     */
    public RiskScore recompute(RiskScore stored) {
        return recompute(stored, null, true);
    }

    /**
     * Recomputes a stored score with the criteria it names.
     *
     * @param stored the stored score, not null
     * @param criteria the criteria, not null; used only if the score names criteria, and then they must be the ones
     * @return the fresh score
     * @throws UnknownIdException if the method is not available
     * @throws RiskModelException if the method's version differs, the criteria are not the ones the score names, or
     *         the method rejects the stored parameters
     */
    public RiskScore recompute(RiskScore stored, RiskCriteria criteria) {
        return recompute(stored, Objects.requireNonNull(criteria, "criteria"), true);
    }

    private RiskScore recompute(RiskScore stored, RiskCriteria criteria, boolean strict) {
        Objects.requireNonNull(stored, "stored");
        RiskScorer scorer = require(stored.methodId());
        Optional<ScoreMismatch> before = precheck(scorer, stored, criteria);
        if (before.isPresent() && strict) {
            throw new RiskModelException("score of method " + Checks.quote(stored.methodId()) + " cannot be"
                    + " recomputed: " + before.get().detail());
        }
        ScoringRequest request = stored.criteria().isPresent() ? ScoringRequest.of(stored.parameters(), criteria)
                : ScoringRequest.of(stored.parameters());
        return ScorerRegistry.call(scorer, request);
    }

    /**
     * Tells why a stored score that names no criteria is no longer reproduced, if it is not.
     *
     * @param stored the stored score, not null
     * @return empty if recomputing gives an equal score; else the reason
     */
    public Optional<ScoreMismatch> check(RiskScore stored) {
        return mismatch(stored, null);
    }

    /**
     * Tells why a stored score is no longer reproduced, if it is not: the method is unknown or has another version,
     * the criteria are missing or not the named ones, the method rejects the parameters, or the result differs.
     *
     * @param stored the stored score, not null
     * @param criteria the criteria the score should name, not null; unused if it names none
     * @return empty if recomputing gives an equal score; else the reason
     */
    public Optional<ScoreMismatch> check(RiskScore stored, RiskCriteria criteria) {
        return mismatch(stored, Objects.requireNonNull(criteria, "criteria"));
    }

    /** Checks a stored score against criteria, which are {@code null} when the caller has none. */
    private Optional<ScoreMismatch> mismatch(RiskScore stored, RiskCriteria criteria) {
        Objects.requireNonNull(stored, "stored");
        Optional<RiskScorer> scorer = find(stored.methodId());
        if (scorer.isEmpty()) {
            return Optional.of(new ScoreMismatch(ScoreMismatch.Reason.METHOD_UNKNOWN, stored, Optional.empty(),
                    "method " + Checks.quote(stored.methodId()) + " is not available; available: " + methods()));
        }
        Optional<ScoreMismatch> before = precheck(scorer.get(), stored, criteria);
        if (before.isPresent()) {
            return before;
        }
        RiskScore fresh;
        try {
            fresh = recompute(stored, criteria, false);
        } catch (RiskModelException e) {
            return Optional.of(new ScoreMismatch(ScoreMismatch.Reason.PARAMETERS_REJECTED, stored, Optional.empty(),
                    e.getMessage()));
        }
        return ScoreMismatch.compare(stored, fresh);
    }

    private static Optional<ScoreMismatch> precheck(RiskScorer scorer, RiskScore stored, RiskCriteria criteria) {
        if (!scorer.version().equals(stored.methodVersion())) {
            return Optional.of(new ScoreMismatch(ScoreMismatch.Reason.METHOD_VERSION_CHANGED, stored,
                    Optional.empty(), "score of method " + Checks.quote(stored.methodId()) + " was made by version "
                            + Checks.quote(stored.methodVersion()) + " but version " + scorer.version()
                            + " is installed"));
        }
        if (stored.criteria().isEmpty()) {
            return Optional.empty();
        }
        String wanted = stored.criteria().get();
        if (criteria == null) {
            return Optional.of(new ScoreMismatch(ScoreMismatch.Reason.CRITERIA_MISSING, stored, Optional.empty(),
                    "score needs criteria " + Checks.quote(wanted) + " but was given none"));
        }
        if (!criteria.reference().equals(wanted)) {
            return Optional.of(new ScoreMismatch(ScoreMismatch.Reason.CRITERIA_CHANGED, stored, Optional.empty(),
                    "score needs criteria " + Checks.quote(wanted) + " but was given "
                            + Checks.quote(criteria.reference())));
        }
        return Optional.empty();
    }

    /**
     * Tells whether a stored score that names no criteria is reproduced exactly by recomputing it.
     *
     * @param stored the stored score, not null
     * @return true if {@link #check(RiskScore)} finds no mismatch
     */
    public boolean verify(RiskScore stored) {
        return check(stored).isEmpty();
    }

    /**
     * Tells whether a stored score is reproduced exactly by recomputing it with the criteria it names.
     *
     * @param stored the stored score, not null
     * @param criteria the criteria, not null
     * @return true if {@link #check(RiskScore, RiskCriteria)} finds no mismatch
     */
    public boolean verify(RiskScore stored, RiskCriteria criteria) {
        return check(stored, Objects.requireNonNull(criteria, "criteria")).isEmpty();
    }

    /** {@return the available methods} */
    @Override
    public String toString() {
        return "RiskEngine" + registry.ids();
    }

    /** Holds the shared standard engine, discovered on first use; a failure is kept and reported on every call. */
    private static final class Standard {
        static final Outcome<RiskEngine> OUTCOME = Outcome.of(() -> new RiskEngine(ScorerRegistry.discover(
                List.of())));
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
         * Adds scorers explicitly; each competes with discovered ones by {@link RiskScorer#priority()}.
         *
         * @param values the scorers, not null
         * @return this builder
         */
        public Builder scorers(Collection<? extends RiskScorer> values) {
            scorers.addAll(List.copyOf(values));
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
         * @throws dev.isms.core.ProviderException if a provider cannot be loaded, a scorer has a blank id or
         *         version, or two scorers share an id and a priority
         */
        public RiskEngine build() {
            return new RiskEngine(serviceLoader ? ScorerRegistry.discover(scorers) : ScorerRegistry.of(scorers));
        }
    }
}
