// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import dev.isms.core.TextParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a text is not a valid CVSS vector: wrong prefix or version, an unknown, duplicate, missing or
 * malformed metric, or a value the metric does not allow.
 *
 * <p>A {@link TextParseException}: {@link #parsedText()} is the rejected vector and {@link #errorIndex()} the index
 * of the offending metric in it (of its value, when the value is wrong; the text's length when a mandatory metric is
 * missing). The message names the rule and the metric, such as {@code CVSS vector metric AV must be one of N, A, L, P
 * (not 'Q') but was 'CVSS:3.1/AV:Q' (error at index 12)}, and {@link #metric()} gives the metric at fault.
 *
 * @since 0.1
 */
public final class CvssException extends TextParseException {
    private static final long serialVersionUID = 2L;

    /** The abbreviation (or raw field) of the offending metric, or {@code null} when the problem is not one metric. */
    private final String metric;

    /**
     * Creates an exception for a vector whose problem is not one metric (empty text, wrong prefix or version).
     *
     * @param vector the rejected text, not null
     * @param errorIndex where the error was found, 0..the text's length
     * @param rule the rule it breaks, such as {@code "must start with 'CVSS:3.1/' or 'CVSS:4.0/'"}; not null
     */
    public CvssException(String vector, int errorIndex, String rule) {
        super("CVSS vector", vector, errorIndex, rule);
        this.metric = null;
    }

    /**
     * Creates an exception naming the metric at fault.
     *
     * @param vector the rejected text, not null
     * @param errorIndex the index of the offending metric (or its value) in the text, 0..the text's length
     * @param rule the rule it breaks, such as {@code "metric AV must be one of N, A, L, P (not 'Q')"}; not null
     * @param metric the metric's abbreviation, or the malformed field; not null
     */
    public CvssException(String vector, int errorIndex, String rule, String metric) {
        super("CVSS vector", vector, errorIndex, rule);
        this.metric = Objects.requireNonNull(metric, "metric");
    }

    /**
     * {@return the offending metric abbreviation (or the malformed field), if one metric is at fault}
     */
    public Optional<String> metric() {
        return Optional.ofNullable(metric);
    }
}
