// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import dev.isms.risk.fair.FairProgressListener;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.LossSummary;
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
 * floating-point result does not depend on which worker ran which block.
 */
public final class SimulationRunner {
    static final int BLOCK = 16;

    private final List<ScenarioKernel> kernels;
    private final int years;
    private final LossStatistics statistics;
    private final FairProgressListener listener;

    /**
     * Creates a runner.
     *
     * @param kernels the compiled scenarios, non-empty
     * @param years simulated years per scenario
     * @param statistics the summariser for {@code years} losses
     * @param listener the progress listener
     */
    public SimulationRunner(List<ScenarioKernel> kernels, int years, LossStatistics statistics,
            FairProgressListener listener) {
        this.kernels = List.copyOf(kernels);
        this.years = years;
        this.statistics = statistics;
        this.listener = listener;
    }

    /**
     * Runs every scenario and waits for the result.
     *
     * @param seed the master seed
     * @param executor runs the workers
     * @param parallelism the number of workers, at least 1
     * @param cancelled polled before each scenario; true stops the run
     * @return the result
     * @throws CancellationException if the run was cancelled or the waiting thread interrupted
     */
    public FairResult run(long seed, Executor executor, int parallelism, BooleanSupplier cancelled) {
        RunState state = new RunState(streams(seed), parallelism, cancelled);
        int workers = Math.min(parallelism, state.blocks);
        for (int i = 0; i < workers; i++) {
            try {
                executor.execute(() -> work(state));
            } catch (RejectedExecutionException e) {
                state.fail(e);
                state.latch.countDown();
            }
        }
        state.await();
        double[] portfolio = new double[years];
        for (double[] partial : state.partials) {
            for (int y = 0; y < years; y++) {
                portfolio[y] += partial[y];
            }
        }
        return new FairResult(Arrays.asList(state.summaries), statistics.summarize(portfolio), seed, years);
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
        try {
            Workspace workspace = new Workspace(years);
            int block = state.nextBlock.getAndIncrement();
            while (!state.stop.get() && block < state.blocks) {
                runBlock(state, block, workspace);
                block = state.nextBlock.getAndIncrement();
            }
        } catch (RuntimeException | Error e) {
            state.fail(e);
        } finally {
            state.latch.countDown();
        }
    }

    private void runBlock(RunState state, int block, Workspace workspace) {
        double[] partial = new double[years];
        double[] losses = workspace.losses();
        int end = Math.min(kernels.size(), (block + 1) * BLOCK);
        for (int s = block * BLOCK; s < end; s++) {
            if (state.stop.get() || state.cancelled.getAsBoolean()) {
                state.cancel();
                return;
            }
            kernels.get(s).simulate(state.streams[s], workspace, losses, years);
            for (int y = 0; y < years; y++) {
                partial[y] += losses[y];
            }
            state.summaries[s] = statistics.summarize(losses);
            listener.onProgress(state.done.incrementAndGet(), kernels.size());
        }
        state.partials[block] = partial;
    }

    /** The mutable state of one run, shared by its workers. */
    private static final class RunState extends RunControl {
        final SplittableRandom[] streams;
        final LossSummary[] summaries;
        final double[][] partials;
        final int blocks;

        RunState(SplittableRandom[] streams, int parallelism, BooleanSupplier cancelled) {
            super(Math.min(parallelism, (streams.length + BLOCK - 1) / BLOCK), cancelled, streams.length);
            this.streams = streams;
            this.summaries = new LossSummary[streams.length];
            this.blocks = (streams.length + BLOCK - 1) / BLOCK;
            this.partials = new double[blocks][];
        }
    }
}
