// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.ProviderException;
import dev.isms.core.UnknownIdException;
import dev.isms.core.assessment.internal.AverageScoring;
import dev.isms.core.assessment.internal.MinimumScoring;
import dev.isms.core.assessment.internal.StrategyRegistry;
import dev.isms.core.assessment.internal.WeightedScoring;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The scoring strategies of gap-assessment roll-ups: the three built-ins directly, and every strategy
 * {@link java.util.ServiceLoader} finds by id.
 *
 * <p>All built-ins score only results that carry a maturity, so not-applicable and not-assessed results never
 * count (a roll-up reports how many there are beside the score), and a group with nothing to score has an empty
 * score:
 * <ul>
 *   <li>{@code average}: the mean maturity;</li>
 *   <li>{@code weighted}: the mean maturity weighted by {@link AssessmentResult#weight()};</li>
 *   <li>{@code minimum}: the lowest maturity (the weakest link).</li>
 * </ul>
 * Discovery happens once, on first use of {@link #find(String)}, {@link #require(String)} or {@link #ids()}.
 *
 * @since 0.2
 */
public final class ScoringStrategies {
    private ScoringStrategies() {
    }

    /** {@return the built-in {@code average}} */
    public static ScoringStrategy average() {
        return new AverageScoring();
    }

    /** {@return the built-in {@code weighted}} */
    public static ScoringStrategy weighted() {
        return new WeightedScoring();
    }

    /** {@return the built-in {@code minimum}} */
    public static ScoringStrategy minimum() {
        return new MinimumScoring();
    }

    /**
     * Finds a strategy among those {@link java.util.ServiceLoader} finds.
     *
     * @param id such as {@code "average"}, not null
     * @return the strategy, or empty
     * @throws ProviderException if providers fail to load or clash
     */
    public static Optional<ScoringStrategy> find(String id) {
        return Discovered.get().find(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns a strategy that must be found.
     *
     * @param id such as {@code "average"}, not null
     * @return the strategy
     * @throws UnknownIdException naming the id and the ids available
     * @throws ProviderException if providers fail to load or clash
     */
    public static ScoringStrategy require(String id) {
        return find(id).orElseThrow(() -> new UnknownIdException("scoring strategy", id,
                "the scoring strategies found " + ids()));
    }

    /**
     * {@return the ids of the strategies found, sorted}
     *
     * @throws ProviderException if providers fail to load or clash
     */
    public static Set<String> ids() {
        return Discovered.get().ids();
    }

    /** Holds the registry, discovered once on first use; a discovery failure fails every call. */
    private static final class Discovered {
        private static final StrategyRegistry REGISTRY;
        private static final ProviderException FAILURE;

        static {
            StrategyRegistry r = null;
            ProviderException f = null;
            try {
                r = StrategyRegistry.discover();
            } catch (ProviderException e) {
                f = e;
            }
            REGISTRY = r;
            FAILURE = f;
        }

        static StrategyRegistry get() {
            if (FAILURE != null) {
                throw new ProviderException(FAILURE.getMessage(), FAILURE);
            }
            return REGISTRY;
        }
    }
}
