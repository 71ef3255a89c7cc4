// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import dev.isms.risk.fair.FairProgressListener;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.LossSummary;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;

// Why: runs scenarios on any number of workers while keeping every bit of the result independent of them.
/**
 * Schedules scenarios in fixed blocks of {@value #BLOCK}. Scenario i always uses the i-th stream split from the
 * master seed, and the portfolio is summed per block in scenario order, then over blocks in block order, so the
 * floating-point result does not depend on which worker ran which block. A finished block's partial sums are added
 * to the portfolio as soon as every earlier block's are, so only blocks finished out of order wait in memory.
 */
public final class SimulationRunner {
    /** How long a run waits for the first of its tasks to start before it fails. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    static final int BLOCK = 16;

    private final List<ScenarioKernel> kernels;
    private final int years;
    private final LossStatistics statistics;
    private final FairProgressListener listener;
    private final long startTimeoutNanos;

    /**
     * Creates a runner.
     *
     * @param kernels the compiled scenarios, non-empty
     * @param years simulated years per scenario
     * @param statistics the summariser for {@code years} losses
     * @param listener the progress listener
     * @param startTimeout how long a run waits for the first of its tasks to start
     */
    public SimulationRunner(List<ScenarioKernel> kernels, int years, LossStatistics statistics,
            FairProgressListener listener, Duration startTimeout) {
        this.kernels = List.copyOf(kernels);
        this.years = years;
        this.statistics = statistics;
        this.listener = listener;
        this.startTimeoutNanos = startTimeout.toNanos();
    }

    /**
     * Runs every scenario and waits for the result.
     *
     * @param seed the master seed
     * @param executor runs the workers
     * @param parallelism the number of workers, at least 1
     * @param cancelled polled before each scenario, within scenarios and while waiting; true stops the run
     * @return the result
     * @throws CancellationException if the run was cancelled or the waiting thread interrupted
     * @throws RejectedExecutionException if the executor rejected a task or started none in time
     */
    public FairResult run(long seed, Executor executor, int parallelism, BooleanSupplier cancelled) {
        RunState state = new RunState(streams(seed), parallelism, cancelled, years);
        for (int i = 0; i < state.tasks && !state.stop.get(); i++) {
            try {
                executor.execute(() -> work(state));
            } catch (RuntimeException e) {
                state.fail(e);
            }
        }
        state.await(startTimeoutNanos);
        return new FairResult(Arrays.asList(state.summaries), statistics.summarize(state.portfolio), seed, years);
    }

    private SplittableRandom[] streams(long seed) {
        SplittableRandom master = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[kernels.size()];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = master.split();
        }
        return streams;
    }

    private void work(RunState state) {
        state.enter();
        try {
            Workspace workspace = null;
            while (!state.stop.get()) {
                int block = state.nextBlock.getAndIncrement();
                if (block >= state.blocks) {
                    break;
                }
                workspace = workspace == null ? new Workspace(years) : workspace;
                runBlock(state, block, workspace);
            }
        } catch (Checkpoint.Stop e) {
            state.cancel();
        } catch (RuntimeException | Error e) {
            state.fail(e);
        } finally {
            state.exit();
        }
    }

    private void runBlock(RunState state, int block, Workspace workspace) {
        double[] partial = new double[years];
        double[] losses = workspace.losses();
        int end = Math.min(kernels.size(), (block + 1) * BLOCK);
        for (int s = block * BLOCK; s < end; s++) {
            state.poll();
            kernels.get(s).simulate(state.streams[s], workspace, losses, years, state);
            for (int y = 0; y < years; y++) {
                partial[y] += losses[y];
            }
            state.summaries[s] = statistics.summarize(losses);
            listener.onProgress(state.done.incrementAndGet(), kernels.size());
        }
        state.finish(block, partial);
    }

    /** The mutable state of one run, shared by its workers. */
    private static final class RunState extends RunControl {
        final SplittableRandom[] streams;
        final LossSummary[] summaries;
        final int blocks;
        final int tasks;
        final double[] portfolio;
        private final double[][] pending;
        private int folded;

        RunState(SplittableRandom[] streams, int parallelism, BooleanSupplier cancelled, int years) {
            this(streams, (streams.length + BLOCK - 1) / BLOCK, parallelism, cancelled, years);
        }

        private RunState(SplittableRandom[] streams, int blocks, int parallelism, BooleanSupplier cancelled,
                int years) {
            super(Math.min(parallelism, blocks), cancelled, streams.length);
            this.streams = streams;
            this.summaries = new LossSummary[streams.length];
            this.blocks = blocks;
            this.tasks = Math.min(parallelism, blocks);
            this.portfolio = new double[years];
            this.pending = new double[blocks][];
        }

        /** Adds every partial that follows the ones already added, in block order; completes the run after the last. */
        synchronized void finish(int block, double[] partial) {
            pending[block] = partial;
            while (folded < blocks && pending[folded] != null) {
                double[] p = pending[folded];
                for (int y = 0; y < portfolio.length; y++) {
                    portfolio[y] += p[y];
                }
                pending[folded++] = null;
            }
            if (folded == blocks) {
                complete();
            }
        }
    }
}
