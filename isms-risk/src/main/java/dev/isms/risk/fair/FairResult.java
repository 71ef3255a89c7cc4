// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a {@link FairSimulation} run: one summary per scenario and one for the portfolio.
 *
 * <p>The portfolio loss of simulated year y is the sum of every scenario's loss in year y; scenarios are simulated
 * independently of one another.
 *
 * @param scenarios the summaries, in the order of {@link FairSimulation#scenarios()}, non-empty
 * @param portfolio the summary of the year-by-year sum over all scenarios
 * @param seed the master seed of the run
 * @param years the number of simulated years, at least 1
 * @since 0.1
 */
public record FairResult(List<LossSummary> scenarios, LossSummary portfolio, long seed, int years) {

    /**
     * Validates the result and copies the list.
     *
     * @param scenarios the summaries, in the order of {@link FairSimulation#scenarios()}, non-empty
     * @param portfolio the summary of the year-by-year sum over all scenarios
     * @param seed the master seed of the run
     * @param years the number of simulated years, at least 1
     * @throws IllegalArgumentException if there is no scenario or {@code years < 1}
     */
    public FairResult {
        scenarios = List.copyOf(Objects.requireNonNull(scenarios, "scenarios"));
        Objects.requireNonNull(portfolio, "portfolio");
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("scenarios must be non-empty but was []");
        }
        if (years < 1) {
            throw new IllegalArgumentException("years must be >= 1 but was " + years);
        }
    }

    /**
     * Returns the summary of one scenario.
     *
     * @param index the scenario's position in the simulation, 0..{@code scenarios().size() - 1}
     * @return the summary
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public LossSummary scenario(int index) {
        return scenarios.get(index);
    }
}
