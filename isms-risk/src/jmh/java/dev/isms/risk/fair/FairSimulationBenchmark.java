// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference FAIR job: 1,000 scenarios × 10,000 simulated years, three classic beta-PERT inputs each (TEF,
 * vulnerability, primary loss), annual loss = TEF × V × LM, mean and P10/P50/P90/P95/P99 per scenario and for
 * the portfolio, on 1 and 2 worker threads.
 *
 * <p>{@code src/jmh/python/fair_numpy.py} runs the same job with NumPy. Run both in one session, from the root:
 * <pre>
 * mvn -B -Djmh=isms-risk -Djmh.args="FairSimulationBenchmark" -pl isms-risk -am -DskipTests verify
 * env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 isms-risk/src/jmh/python/fair_numpy.py
 * </pre>
 *
 * <p>Measured 2026-11-28 on the 2-core AMD EPYC development machine (OpenJDK 17.0.15, NumPy 2.4.6) with the
 * commands above, in one session: 559 ± 8 ms/op on 1 thread and 293 ± 3 ms/op on 2 threads; NumPy took 1.616 s
 * (best of 5) and 1.975 s (median), so the engine was 2.9× (best) to 3.5× (median) faster on one thread and
 * 5.5× to 6.7× on two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class FairSimulationBenchmark {
    static final int SCENARIOS = 1_000;
    static final int YEARS = 10_000;

    @Param({"1", "2"})
    int threads;

    private FairSimulation simulation;
    private ExecutorService executor;
    private long seed;

    /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
    public FairSimulationBenchmark() {
        // state is built in setUp()
    }

    /** Builds the job and a pool of {@code threads} workers. */
    @Setup(Level.Trial)
    public void setUp() {
        List<FairScenario> scenarios = new ArrayList<>(SCENARIOS);
        for (int i = 0; i < SCENARIOS; i++) {
            scenarios.add(scenario(i));
        }
        simulation = FairSimulation.builder().scenarios(scenarios).years(YEARS).build();
        executor = Executors.newFixedThreadPool(threads);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        executor.shutdown();
    }

    /**
     * Runs the whole job once.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public FairResult simulate() {
        return simulation.run(++seed, executor, threads);
    }

    /** The same parameters as {@code scenario_parameters} in fair_numpy.py. */
    static FairScenario scenario(int i) {
        Distribution tef = Distribution.pert(0.5, 2.0 + i % 7, 20.0 + i % 13);
        Distribution vuln = Distribution.pert(0.05, 0.2 + 0.05 * (i % 5), 0.9);
        Distribution loss = Distribution.pert(10_000, 50_000 + 1_000.0 * (i % 17), 2_000_000);
        return FairScenario.of("scenario-" + i, tef, FairVulnerability.direct(vuln), loss);
    }
}
