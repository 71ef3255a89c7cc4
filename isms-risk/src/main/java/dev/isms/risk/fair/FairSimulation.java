// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import dev.isms.risk.internal.fair.LossStatistics;
import dev.isms.risk.internal.fair.ScenarioKernel;
import dev.isms.risk.internal.fair.SimulationRunner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The Open FAIR Monte Carlo engine: simulates a number of years for every scenario and summarises the annual
 * losses per scenario and for the portfolio.
 *
 * <p>Reproducibility: scenario i draws only from the i-th stream split off a {@link java.util.SplittableRandom}
 * seeded with the run's seed, and the portfolio is added up in a fixed order, so a seed gives bit-identical
 * results for every executor and parallelism. Changing the scenario list, the years or the model changes them,
 * and so may a new version of the library's samplers.
 * The annual loss formula is chosen by the {@link AnnualLossModel}.
 *
 * <pre>{@code
 * FairSimulation simulation = FairSimulation.builder()
 *         .scenario(FairScenario.of("ransomware", Distribution.pert(0.5, 2, 6),
 *                 FairVulnerability.direct(Distribution.pert(0.1, 0.3, 0.6)),
 *                 Distribution.logNormal90(50_000, 2_000_000)))
 *         .exceedancePoints(100_000, 1_000_000).appetite(500_000)
 *         .build();
 * FairResult result = simulation.run(42L, ForkJoinPool.commonPool(), 2);
 * }</pre>
 *
 * <p>Resources: a run holds about 64 bytes per simulated year for each worker (its scratch arrays, the partial
 * sums of its block of 16 scenarios and the order statistics), 16 bytes per year for the portfolio, and 8 bytes per
 * year for each block that has finished before an earlier one (usually fewer than the workers): with the maximum
 * of {@value #MAX_YEARS} years and one worker, about 80 MB. Time grows with scenarios × years, and for
 * {@link AnnualLossModel#POISSON_EVENTS} with the events per year up to
 * {@value AnnualLossModel#EXACT_EVENTS_PER_YEAR}.
 *
 * <p>Instances are immutable and thread-safe; several runs may proceed at once.
 *
 * @since 0.1
 */
public final class FairSimulation {
    /** The default number of simulated years. */
    public static final int DEFAULT_YEARS = 10_000;
    /** The largest number of simulated years, which bounds the memory of a run (see above). */
    public static final int MAX_YEARS = 1_000_000;

    private final List<FairScenario> scenarios;
    private final int years;
    private final AnnualLossModel model;
    private final double[] points;
    private final double appetite;
    private final SimulationRunner runner;

    private FairSimulation(Builder b) {
        this.scenarios = List.copyOf(b.scenarios);
        this.years = b.years;
        this.model = b.model;
        this.points = b.points.clone();
        this.appetite = b.appetite;
        List<ScenarioKernel> kernels = new ArrayList<>(scenarios.size());
        for (FairScenario scenario : scenarios) {
            kernels.add(new ScenarioKernel(scenario, model));
        }
        this.runner = new SimulationRunner(kernels, years, new LossStatistics(years, points, appetite), b.listener,
                SimulationRunner.START_TIMEOUT);
    }

    /**
     * {@return a new builder with 10,000 years, the {@link AnnualLossModel#LEF_TIMES_MAGNITUDE} model, no
     * exceedance points, no appetite and no progress listener}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every scenario on the calling thread.
     *
     * @param seed the master seed
     * @return the result
     */
    public FairResult run(long seed) {
        return run(seed, Runnable::run, 1, () -> false);
    }

    /**
     * Runs the scenarios on {@code parallelism} tasks of an executor and waits for them.
     *
     * @param seed the master seed
     * @param executor the executor; it must be able to run the tasks without waiting for this call
     * @param parallelism the number of tasks, at least 1
     * @return the result, bit-identical to {@link #run(long)} with the same seed
     * @throws IllegalArgumentException if {@code parallelism < 1}
     * @throws CancellationException if the calling thread is interrupted while waiting
     * @throws RejectedExecutionException if the executor rejects a task, or starts none of them within 30 seconds
     */
    public FairResult run(long seed, Executor executor, int parallelism) {
        return run(seed, executor, parallelism, () -> false);
    }

    /**
     * Runs the scenarios on {@code parallelism} tasks of an executor, stopping early on cancellation.
     *
     * <p>{@code cancelled} is polled by the workers before every scenario and, within a scenario, after every
     * 65,536 years or events or so of draws (a few milliseconds of work), and by the calling thread every 20 ms
     * while it waits; so possibly from several threads at once. Once it returns true, the workers stop within
     * milliseconds and the run ends with a {@link CancellationException} (no partial result), even if the
     * executor never started its tasks. If the executor starts none of the tasks within 30 seconds, the run fails
     * with a {@link RejectedExecutionException}; once a task has started, it runs the scenarios the others do not.
     * Any exception the executor throws when given a task fails the run and is rethrown.
     *
     * @param seed the master seed
     * @param executor the executor; it must be able to run the tasks without waiting for this call
     * @param parallelism the number of tasks, at least 1
     * @param cancelled the thread-safe cancellation signal
     * @return the result, bit-identical to {@link #run(long)} with the same seed
     * @throws IllegalArgumentException if {@code parallelism < 1}
     * @throws CancellationException if cancelled, or if the calling thread is interrupted while waiting
     * @throws RejectedExecutionException if the executor rejects a task, or starts none of them within 30 seconds
     */
    public FairResult run(long seed, Executor executor, int parallelism, BooleanSupplier cancelled) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(cancelled, "cancelled");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1 but was " + parallelism);
        }
        return runner.run(seed, executor, parallelism, cancelled);
    }

    /** {@return the scenarios, in result order} */
    public List<FairScenario> scenarios() {
        return scenarios;
    }

    /** {@return the number of simulated years per scenario} */
    public int years() {
        return years;
    }

    /** {@return the annual loss model} */
    public AnnualLossModel annualLossModel() {
        return model;
    }

    /** {@return the loss points of the exceedance curves, increasing} */
    public List<Double> exceedancePoints() {
        return Arrays.stream(points).boxed().toList();
    }

    /** {@return the loss appetite ({@code +Infinity} when none was stated)} */
    public double appetite() {
        return appetite;
    }

    /**
     * Collects the configuration of a {@link FairSimulation}; not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final List<FairScenario> scenarios = new ArrayList<>();
        private int years = DEFAULT_YEARS;
        private AnnualLossModel model = AnnualLossModel.LEF_TIMES_MAGNITUDE;
        private double[] points = new double[0];
        private double appetite = Double.POSITIVE_INFINITY;
        private FairProgressListener listener = FairProgressListener.NONE;

        private Builder() {
        }

        /**
         * Adds a scenario.
         *
         * @param scenario the scenario, not null
         * @return this builder
         */
        public Builder scenario(FairScenario scenario) {
            scenarios.add(Objects.requireNonNull(scenario, "scenario"));
            return this;
        }

        /**
         * Adds scenarios in iteration order.
         *
         * @param more the scenarios, no null element
         * @return this builder
         */
        public Builder scenarios(Collection<FairScenario> more) {
            more.forEach(this::scenario);
            return this;
        }

        /**
         * Sets the number of simulated years per scenario.
         *
         * @param value 1..{@value FairSimulation#MAX_YEARS}
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is out of range
         */
        public Builder years(int value) {
            if (value < 1 || value > MAX_YEARS) {
                throw new IllegalArgumentException("years must be 1.." + MAX_YEARS + " but was " + value);
            }
            this.years = value;
            return this;
        }

        /**
         * Sets how a year's loss follows from the factors.
         *
         * @param value the model, not null
         * @return this builder
         */
        public Builder annualLossModel(AnnualLossModel value) {
            this.model = Objects.requireNonNull(value, "annualLossModel");
            return this;
        }

        /**
         * Sets the loss points at which exceedance curves are evaluated.
         *
         * @param losses finite, strictly increasing losses
         * @return this builder
         * @throws IllegalArgumentException if a loss is not finite or the losses do not strictly increase
         */
        public Builder exceedancePoints(double... losses) {
            for (int i = 0; i < losses.length; i++) {
                if (!Double.isFinite(losses[i])) {
                    throw new IllegalArgumentException("exceedancePoints must be finite but was " + losses[i]);
                }
                if (i > 0 && losses[i] <= losses[i - 1]) {
                    throw new IllegalArgumentException("exceedancePoints must strictly increase but " + losses[i]
                            + " follows " + losses[i - 1]);
                }
            }
            this.points = losses.clone();
            return this;
        }

        /**
         * Sets the loss appetite: summaries report the share of years whose loss is strictly greater.
         *
         * @param value at least 0, or {@code +Infinity} for none
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is negative or NaN
         */
        public Builder appetite(double value) {
            if (!(value >= 0)) {
                throw new IllegalArgumentException("appetite must be >= 0 but was " + value);
            }
            this.appetite = value;
            return this;
        }

        /**
         * Sets the progress listener.
         *
         * @param value the listener, not null
         * @return this builder
         */
        public Builder progressListener(FairProgressListener value) {
            this.listener = Objects.requireNonNull(value, "progressListener");
            return this;
        }

        /**
         * {@return the simulation}
         *
         * @throws IllegalStateException if no scenario was added
         */
        public FairSimulation build() {
            if (scenarios.isEmpty()) {
                throw new IllegalStateException("scenarios must be non-empty but none was added");
            }
            return new FairSimulation(this);
        }
    }
}
