// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

/**
 * The root of the library's unchecked exceptions for problems with data, providers or models.
 *
 * <p>Programming errors (a {@code null} argument, an argument out of range) get the standard
 * {@link NullPointerException} and {@link IllegalArgumentException} instead.
 *
 * @since 0.1
 */
public class IsmsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the field, the value and the rule
     */
    public IsmsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the field, the value and the rule
     * @param cause the underlying cause, may be {@code null}
     */
    public IsmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
