// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.core.IsmsException;
import dev.isms.core.ProviderException;
import dev.isms.core.internal.Checks;
import dev.isms.risk.RiskScore;
import dev.isms.risk.spi.RiskScorer;
import dev.isms.risk.spi.ScoringRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that calls {@link ServiceLoader} for {@link RiskScorer}s: resolves ids by priority, fails fast on
 * a tie (naming both classes), on a scorer without an id or version and on a loader error, logs what it found at
 * DEBUG, and guards calls into plug-ins so a broken one is reported as a {@link ProviderException}.
 */
public final class ScorerRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ScorerRegistry.class);

    private final Map<String, RiskScorer> byId;

    private ScorerRegistry(Map<String, RiskScorer> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * Builds a registry from explicit scorers only.
     *
     * @param scorers the scorers
     * @return the registry
     * @throws ProviderException if a scorer has no id or version, or two share an id and a priority
     */
    public static ScorerRegistry of(List<RiskScorer> scorers) {
        Map<String, RiskScorer> byId = new TreeMap<>();
        for (RiskScorer s : scorers) {
            add(byId, s);
        }
        return new ScorerRegistry(byId);
    }

    /**
     * Builds a registry from the scorers {@link ServiceLoader} finds plus explicit ones.
     *
     * @param explicit scorers added by the caller
     * @return the registry
     * @throws ProviderException if loading fails, a scorer has no id or version, or two share an id and a priority
     */
    public static ScorerRegistry discover(List<RiskScorer> explicit) {
        return discover(ServiceLoader.load(RiskScorer.class, RiskScorer.class.getClassLoader()), explicit);
    }

    /**
     * Builds a registry from found scorers plus explicit ones.
     *
     * @param found the scorers a loader finds; its iterator may throw {@link ServiceConfigurationError}
     * @param explicit scorers added by the caller
     * @return the registry
     * @throws ProviderException if loading fails, a scorer has no id or version, or two share an id and a priority
     */
    public static ScorerRegistry discover(Iterable<RiskScorer> found, List<RiskScorer> explicit) {
        List<RiskScorer> all = new ArrayList<>();
        try {
            Iterator<RiskScorer> it = found.iterator();
            while (it.hasNext()) {
                RiskScorer s = it.next();
                LOG.debug("discovered risk scorer {}", s.getClass().getName());
                all.add(s);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new ProviderException("a risk scorer on the class or module path cannot be loaded: "
                    + e.getMessage(), e);
        }
        all.addAll(explicit);
        return of(all);
    }

    private static void add(Map<String, RiskScorer> byId, RiskScorer s) {
        String id;
        int priority;
        try {
            id = s.id();
            String version = s.version();
            priority = s.priority();
            if (id == null || id.isBlank() || version == null || version.isBlank()) {
                throw new ProviderException("risk scorer " + s.getClass().getName() + " must have a non-blank id"
                        + " and version but has id " + Checks.quote(id) + " and version " + Checks.quote(version));
            }
        } catch (ProviderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderException("risk scorer " + s.getClass().getName() + " fails to describe itself: " + e,
                    e);
        }
        RiskScorer other = byId.get(id);
        if (other == null || priority > other.priority()) {
            byId.put(id, s);
        } else if (priority == other.priority() && other.getClass() != s.getClass()) {
            throw new ProviderException("two risk scorers have id " + Checks.quote(id) + " and priority " + priority
                    + ": " + other.getClass().getName() + " and " + s.getClass().getName());
        }
    }

    /**
     * Calls a scorer, making sure it keeps its contract.
     *
     * @param scorer the scorer
     * @param request the request
     * @return its score
     * @throws IsmsException as the scorer throws it (a {@code RiskModelException} for a bad request)
     * @throws ProviderException if the scorer returns null, a score of another method or version, or fails with
     *         an exception that is not the library's
     */
    public static RiskScore call(RiskScorer scorer, ScoringRequest request) {
        RiskScore s;
        try {
            s = scorer.score(request);
        } catch (IsmsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderException("risk scorer " + Checks.quote(scorer.id()) + " (" + scorer.getClass().getName()
                    + ") failed: " + e, e);
        }
        if (s == null) {
            throw new ProviderException("risk scorer " + Checks.quote(scorer.id()) + " (" + scorer.getClass().getName()
                    + ") returned no score");
        }
        if (!s.methodId().equals(scorer.id()) || !s.methodVersion().equals(scorer.version())) {
            throw new ProviderException("risk scorer " + Checks.quote(scorer.id()) + " version " + scorer.version()
                    + " (" + scorer.getClass().getName() + ") must record its own id and version but returned a score"
                    + " of " + Checks.quote(s.methodId()) + " version " + Checks.quote(s.methodVersion()));
        }
        return s;
    }

    /** {@return the ids, sorted} */
    public Set<String> ids() {
        return byId.keySet();
    }

    /**
     * Finds a scorer by id.
     *
     * @param id the id
     * @return the scorer, or empty
     */
    public Optional<RiskScorer> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
