// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

// Why: the coordination part of a run (stop flag, first failure, cancellation, completion latch) in one place.
/** Coordinates the workers of one run: who stops, why, and when all have finished. */
class RunControl {
    final AtomicInteger nextBlock = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    final AtomicBoolean stop = new AtomicBoolean();
    final CountDownLatch latch;
    final BooleanSupplier cancelled;
    private final AtomicBoolean wasCancelled = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final int total;

    RunControl(int workers, BooleanSupplier cancelled, int total) {
        this.latch = new CountDownLatch(workers);
        this.cancelled = cancelled;
        this.total = total;
    }

    void fail(Throwable t) {
        failure.compareAndSet(null, t);
        stop.set(true);
    }

    void cancel() {
        wasCancelled.set(true);
        stop.set(true);
    }

    /** Waits for every worker, then rethrows the first failure or reports cancellation. */
    void await() {
        try {
            latch.await();
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("FAIR simulation interrupted after " + done.get() + " of " + total
                    + " scenarios");
        }
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
