// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment.internal;

import dev.isms.core.ProviderException;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one place in core that calls {@link ServiceLoader}, for {@link ScoringStrategy}s: resolves ids by priority
 * and fails fast on a tie, naming both classes. Core has no logging dependency, so nothing is logged.
 */
public final class StrategyRegistry {
    private final Map<String, ScoringStrategy> byId;

    private StrategyRegistry(Map<String, ScoringStrategy> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * Builds a registry from explicit strategies only.
     *
     * @param strategies the strategies
     * @return the registry
     * @throws ProviderException if two strategies share an id and a priority
     */
    public static StrategyRegistry of(List<ScoringStrategy> strategies) {
        Map<String, ScoringStrategy> byId = new TreeMap<>();
        for (ScoringStrategy s : strategies) {
            ScoringStrategy other = byId.get(s.id());
            if (other == null || s.priority() > other.priority()) {
                byId.put(s.id(), s);
            } else if (s.priority() == other.priority() && other.getClass() != s.getClass()) {
                throw new ProviderException("two scoring strategies have id '" + s.id() + "' and priority "
                        + s.priority() + ": " + other.getClass().getName() + " and " + s.getClass().getName());
            }
        }
        return new StrategyRegistry(byId);
    }

    /**
     * Builds a registry from the strategies {@link ServiceLoader} finds.
     *
     * @return the registry
     * @throws ProviderException if a provider cannot be loaded, or two clash
     */
    public static StrategyRegistry discover() {
        List<ScoringStrategy> all = new ArrayList<>();
        try {
            for (ScoringStrategy s : ServiceLoader.load(ScoringStrategy.class, ScoringStrategy.class.getClassLoader())) {
                all.add(s);
            }
        } catch (ServiceConfigurationError e) {
            throw new ProviderException("a scoring strategy provider failed to load: " + e.getMessage(), e);
        }
        return of(all);
    }

    /** {@return the ids, sorted} */
    public Set<String> ids() {
        return byId.keySet();
    }

    /**
     * Finds a strategy.
     *
     * @param id the id
     * @return the strategy, or empty
     */
    public Optional<ScoringStrategy> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
