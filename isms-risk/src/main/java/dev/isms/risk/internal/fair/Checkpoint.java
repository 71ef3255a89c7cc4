// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

// Why: lets a long scenario stop within milliseconds of a cancellation instead of running to its end.
/** Polled by the kernel between chunks of draws; throws {@link Stop} once the run should end. */
public interface Checkpoint {
    /** A checkpoint that never stops the work. */
    Checkpoint NONE = () -> { };

    /**
     * Returns normally while the work may go on.
     *
     * @throws Stop if the run is cancelled or has failed elsewhere
     */
    void poll();

    /** Unwinds a scenario that must stop; carries no stack trace, it is caught by the runner. */
    final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Creates the signal. */
        public Stop() {
            super("FAIR simulation stopped", null, false, false);
        }
    }
}
