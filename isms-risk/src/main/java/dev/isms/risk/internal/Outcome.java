// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import dev.isms.core.ProviderException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The outcome of creating a shared value once, in a holder class's initialiser: the value, or the failure, reported
 * as a fresh {@link ProviderException} on every access. So a broken plug-in never surfaces as an
 * {@code ExceptionInInitializerError} followed by {@code NoClassDefFoundError}s.
 *
 * @param <T> the value's type
 */
public final class Outcome<T> {
    private final T value;
    private final RuntimeException failure;

    private Outcome(T value, RuntimeException failure) {
        this.value = value;
        this.failure = failure;
    }

    /**
     * Creates the value now, keeping a failure instead of throwing it.
     *
     * @param <T> the value's type
     * @param factory creates the value, may throw
     * @return the outcome
     */
    public static <T> Outcome<T> of(Supplier<T> factory) {
        try {
            return new Outcome<>(Objects.requireNonNull(factory.get(), "value"), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }

    /**
     * Returns the value or reports the failure, every time the same way.
     *
     * @param what what the value is, for the message, such as {@code "the standard risk engine"}
     * @return the value
     * @throws ProviderException with the original failure as its cause, if creating the value failed
     */
    public T get(String what) {
        if (failure != null) {
            throw new ProviderException(what + " is unavailable: " + failure.getMessage(), failure);
        }
        return value;
    }
}
