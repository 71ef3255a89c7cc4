// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairSimulation;
import dev.isms.risk.internal.method.FairParameters;
import dev.isms.risk.spi.MethodRequest;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A typed request for Open FAIR ({@link FairScorer}): a {@link FairScenario}, the seed and number of simulated
 * years, and optionally an appetite and risk criteria for the level.
 *
 * <p>The scenario is written as the parameters the fair scorer reads: classic beta-PERT estimates (λ = 4) or
 * constants as {@code "min,mode,max"}, a direct vulnerability, and a primary loss that may also be a lognormal
 * (written as its 90 % interval, which reproduces μ and σ to the last bit or two). Numbers are written exactly
 * ({@code 250000}, {@code 0.15}).
 *
 * <pre>{@code
 * RiskScore s = engine.score(FairRequest.of(scenario, 20261128L).withYears(10_000).withCriteria(criteria));
 * }</pre>
 *
 * @param scenario the scenario, not null; its estimates must be of the shapes the fair scorer reads
 * @param seed the simulation's seed
 * @param years the number of simulated years, 1..1,000,000
 * @param appetite the loss per year the organisation accepts, finite and at least 0; or empty
 * @param criteria risk criteria whose consequence scale has monetary ranges, for the level; or empty
 * @since 0.2
 */
public record FairRequest(FairScenario scenario, long seed, int years, OptionalDouble appetite,
        Optional<RiskCriteria> criteria) implements MethodRequest {

    /** The largest number of years the fair scorer simulates: {@value}, the simulation's own limit. */
    public static final int MAX_YEARS = FairSimulation.MAX_YEARS;

    /**
     * Validates the components.
     *
     * @param scenario not null, of the shapes the fair scorer reads
     * @param seed any value
     * @param years 1..1,000,000
     * @param appetite finite and at least 0 when present
     * @param criteria not null
     * @throws IllegalArgumentException naming the estimate or value the fair scorer cannot read
     */
    public FairRequest {
        Objects.requireNonNull(scenario, "scenario");
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("FAIR request years must be 1.." + MAX_YEARS + " but was " + years);
        }
        Objects.requireNonNull(appetite, "appetite");
        if (appetite.isPresent() && !(appetite.getAsDouble() >= 0 && Double.isFinite(appetite.getAsDouble()))) {
            throw new IllegalArgumentException("FAIR request appetite must be finite and >= 0 but was "
                    + appetite.getAsDouble());
        }
        Objects.requireNonNull(criteria, "criteria");
        FairParameters.of(scenario);
    }

    /**
     * Creates a request for {@value FairSimulation#DEFAULT_YEARS} simulated years, without appetite or criteria.
     *
     * @param scenario the scenario, not null
     * @param seed the simulation's seed
     * @return the request
     * @throws IllegalArgumentException if an estimate is of a shape the fair scorer cannot read
     */
    public static FairRequest of(FairScenario scenario, long seed) {
        return new FairRequest(scenario, seed, FairSimulation.DEFAULT_YEARS, OptionalDouble.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy simulating another number of years.
     *
     * @param value 1..1,000,000
     * @return the request
     */
    public FairRequest withYears(int value) {
        return new FairRequest(scenario, seed, value, appetite, criteria);
    }

    /**
     * Returns a copy with an appetite: the level tells whether the P90 annual loss is within it.
     *
     * @param lossPerYear finite and at least 0
     * @return the request
     */
    public FairRequest withAppetite(double lossPerYear) {
        return new FairRequest(scenario, seed, years, OptionalDouble.of(lossPerYear), criteria);
    }

    /**
     * Returns a copy with risk criteria: the level is the consequence level holding the mean annual loss.
     *
     * @param value criteria whose consequence scale has monetary ranges, not null
     * @return the request
     */
    public FairRequest withCriteria(RiskCriteria value) {
        return new FairRequest(scenario, seed, years, appetite, Optional.of(value));
    }

    /** {@return {@value FairScorer#ID}} */
    @Override
    public String methodId() {
        return FairScorer.ID;
    }

    /** {@return the scenario's estimates, {@code years}, {@code seed} and any {@code appetite}, with any criteria} */
    @Override
    public ScoringRequest toScoringRequest() {
        Map<String, String> p = FairParameters.of(scenario);
        p.put("years", Integer.toString(years));
        p.put("seed", Long.toString(seed));
        if (appetite.isPresent()) {
            p.put("appetite", FairParameters.number(appetite.getAsDouble()));
        }
        return criteria.isPresent() ? ScoringRequest.of(p, criteria.get()) : ScoringRequest.of(p);
    }
}
