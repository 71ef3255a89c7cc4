// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.core.IsmsException;

/**
 * Thrown when catalogue content cannot be loaded or combined: a missing built-in resource, an overlay that does
 * not fit its catalogue, a provider whose catalogue is invalid.
 *
 * @since 0.1
 */
public class CatalogException extends IsmsException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the catalogue, the value and the rule
     */
    public CatalogException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the catalogue, the value and the rule
     * @param cause the underlying cause, may be {@code null}
     */
    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
