// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.core.ProviderException;
import dev.isms.risk.spi.RiskScorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that calls {@link ServiceLoader} for {@link RiskScorer}s: resolves ids by priority, fails fast on
 * a tie (naming both classes) and logs what it found at DEBUG.
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
     */
    public static ScorerRegistry discover(List<RiskScorer> explicit) {
        List<RiskScorer> all = new ArrayList<>();
        for (RiskScorer s : ServiceLoader.load(RiskScorer.class, RiskScorer.class.getClassLoader())) {
            LOG.debug("discovered risk scorer '{}' version {} ({})", s.id(), s.version(), s.getClass().getName());
            all.add(s);
        }
        all.addAll(explicit);
        return of(all);
    }

    private static void add(Map<String, RiskScorer> byId, RiskScorer s) {
        RiskScorer other = byId.get(s.id());
        if (other == null || s.priority() > other.priority()) {
            byId.put(s.id(), s);
        } else if (s.priority() == other.priority() && other.getClass() != s.getClass()) {
            throw new ProviderException("two risk scorers have id '" + s.id() + "' and priority " + s.priority()
                    + ": " + other.getClass().getName() + " and " + s.getClass().getName());
        }
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
