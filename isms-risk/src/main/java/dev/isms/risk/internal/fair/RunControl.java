// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

// Why: the coordination part of a run (stop flag, first failure, cancellation, who is still working) in one place.
/**
 * Coordinates the workers of one run: who stops, why, and when the caller may stop waiting. The caller waits in
 * steps of {@value #POLL_MILLIS} ms, polling the cancellation signal itself so that a run whose tasks never start
 * can still be cancelled, and fails the run if no task has started within the start timeout.
 */
class RunControl implements Checkpoint {
    static final long POLL_MILLIS = 20;
    private static final Stop STOP = new Stop();

    final AtomicInteger nextBlock = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean started = new AtomicBoolean();
    private final BooleanSupplier cancelled;
    private final AtomicBoolean wasCancelled = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final int total;
    private final int tasks;

    RunControl(int tasks, BooleanSupplier cancelled, int total) {
        this.tasks = tasks;
        this.cancelled = cancelled;
        this.total = total;
    }

    /** Polled by the workers: throws {@link Stop} once the run is cancelled or has failed. */
    @Override
    public void poll() {
        if (stop.get() || cancelled.getAsBoolean()) {
            throw STOP;
        }
    }

    /** Called first by every task; afterwards {@link #exit()} must follow. */
    void enter() {
        running.incrementAndGet();
        started.set(true);
    }

    /** Called last by every task. */
    void exit() {
        if (running.decrementAndGet() == 0 && stop.get()) {
            finished.countDown();
        }
    }

    /** Called when all the work is done and its results are published. */
    void complete() {
        finished.countDown();
    }

    void fail(Throwable t) {
        failure.compareAndSet(null, t);
        stop.set(true);
    }

    void cancel() {
        wasCancelled.set(true);
        stop.set(true);
    }

    /**
     * Waits until the work is complete or, once stopped, no task runs any more; then rethrows the first failure or
     * reports cancellation.
     *
     * @param startTimeoutNanos how long to wait for the first task to start
     */
    void await(long startTimeoutNanos) {
        long start = System.nanoTime();
        try {
            while (!finished.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!stop.get() && isCancelled()) {
                    cancel();
                }
                if (stop.get() && running.get() == 0) {
                    break;
                }
                if (!started.get() && System.nanoTime() - start >= startTimeoutNanos) {
                    fail(new RejectedExecutionException("FAIR simulation: the executor started none of its " + tasks
                            + " task(s) within " + TimeUnit.NANOSECONDS.toSeconds(startTimeoutNanos) + " s; it"
                            + " must run them without waiting for the calling thread"));
                    break;
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("FAIR simulation interrupted after " + done.get() + " of " + total
                    + " scenarios");
        }
        rethrow();
    }

    private boolean isCancelled() {
        try {
            return cancelled.getAsBoolean();
        } catch (RuntimeException | Error e) {
            fail(e);
            return false;
        }
    }

    private void rethrow() {
        Throwable t = failure.get();
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        if (wasCancelled.get()) {
            throw new CancellationException("FAIR simulation cancelled after " + done.get() + " of " + total
                    + " scenarios");
        }
    }
}
