// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

/**
 * Receives progress of a running {@link FairSimulation}.
 *
 * <p>Called once after each scenario completes, from the thread that simulated it: with parallelism above 1,
 * calls come from several threads at once and not necessarily in increasing order, so implementations must be
 * thread-safe and fast. An exception thrown here aborts the run and is rethrown by it.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface FairProgressListener {

    /** A listener that ignores progress. */
    FairProgressListener NONE = (completed, total) -> { };

    /**
     * Reports that another scenario has completed.
     *
     * @param completedScenarios scenarios completed so far in this run, 1..{@code totalScenarios}
     * @param totalScenarios scenarios in the run
     */
    void onProgress(int completedScenarios, int totalScenarios);
}
