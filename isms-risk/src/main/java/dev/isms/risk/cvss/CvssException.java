// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import dev.isms.core.IsmsException;
import java.util.Optional;

/**
 * Thrown when a text is not a valid CVSS vector: wrong prefix or version, an unknown, duplicate or missing metric,
 * or a value the metric does not allow.
 *
 * <p>The message names the metric, the value and the rule, for example
 * {@code CVSS 3.1 metric AV must be one of N, A, L, P but was 'Q'}. The rejected vector and metric are also available
 * as accessors so callers can report them without parsing text.
 *
 * @since 0.1
 */
public final class CvssException extends IsmsException {
    private static final long serialVersionUID = 1L;

    /** The rejected vector text, or {@code null} when not known. */
    private final String vector;
    /** The abbreviation (or raw text) of the offending metric, or {@code null} when the problem is not one metric. */
    private final String metric;

    /**
     * Creates an exception with a message only.
     *
     * @param message what went wrong, naming the field, the value and the rule
     */
    public CvssException(String message) {
        this(message, null, null);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the field, the value and the rule
     * @param cause the underlying cause, may be {@code null}
     */
    public CvssException(String message, Throwable cause) {
        super(message, cause);
        this.vector = null;
        this.metric = null;
    }

    /**
     * Creates an exception for a rejected vector and, optionally, the metric at fault.
     *
     * @param message what went wrong, naming the field, the value and the rule
     * @param vector the rejected vector text, may be {@code null} when not known
     * @param metric the offending metric abbreviation or field, may be {@code null} when no single metric is at fault
     */
    public CvssException(String message, String vector, String metric) {
        super(message);
        this.vector = vector;
        this.metric = metric;
    }

    /**
     * {@return the rejected vector text, if known}
     */
    public Optional<String> vector() {
        return Optional.ofNullable(vector);
    }

    /**
     * {@return the offending metric abbreviation (or the malformed field), if one metric is at fault}
     */
    public Optional<String> metric() {
        return Optional.ofNullable(metric);
    }
}
