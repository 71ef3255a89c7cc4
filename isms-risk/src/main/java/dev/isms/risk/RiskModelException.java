// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.IsmsException;

/**
 * Thrown when a risk model is inconsistent or a score cannot be produced: a scenario naming an unknown asset or
 * control, an unknown scoring method, a stored score whose method version is no longer available.
 *
 * @since 0.1
 */
public class RiskModelException extends IsmsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the field, the value and the rule
     */
    public RiskModelException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the field, the value and the rule
     * @param cause the underlying cause, may be {@code null}
     */
    public RiskModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
