// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

/**
 * Thrown when a plug-in provider is missing, fails, or clashes with another one (duplicate ids).
 *
 * @since 0.1
 */
public class ProviderException extends IsmsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the providers involved
     */
    public ProviderException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the providers involved
     * @param cause the underlying cause, may be {@code null}
     */
    public ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
