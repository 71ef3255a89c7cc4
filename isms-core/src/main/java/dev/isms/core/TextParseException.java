// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import dev.isms.core.internal.Checks;
import java.util.Objects;

/**
 * Thrown by every public {@code parse(text)} of the library (control ids, attribute tags, control references, CVSS
 * and OWASP vectors …) when the text is not in the expected form.
 *
 * <p>Like {@code java.time.format.DateTimeParseException}, it carries the text that was parsed and the index at which
 * the error was found; the message quotes at most about 100 characters of the text, with control characters
 * escaped, so it is safe to log. The message gives the index when it is past the first character.
 *
 * @since 0.2
 */
public class TextParseException extends IsmsException {
    private static final long serialVersionUID = 1L;

    /** The text that was parsed. */
    private final String parsedText;
    /** The index in the text where the error was found. */
    private final int errorIndex;

    /**
     * Creates an exception.
     *
     * @param what what the text should have been, such as {@code "control id"}; not null
     * @param text the text that was parsed, not null
     * @param errorIndex the index where the error was found, 0..text length
     * @param rule the rule the text breaks, such as {@code "must not have an empty segment"}; not null
     */
    public TextParseException(String what, String text, int errorIndex, String rule) {
        super(message(what, text, errorIndex, rule));
        this.parsedText = text;
        this.errorIndex = errorIndex;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param what what the text should have been, not null
     * @param text the text that was parsed, not null
     * @param errorIndex the index where the error was found, 0..text length
     * @param rule the rule the text breaks, not null
     * @param cause the underlying cause, may be {@code null}
     */
    public TextParseException(String what, String text, int errorIndex, String rule, Throwable cause) {
        super(message(what, text, errorIndex, rule), cause);
        this.parsedText = text;
        this.errorIndex = errorIndex;
    }

    private static String message(String what, String text, int errorIndex, String rule) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        if (errorIndex < 0 || errorIndex > text.length()) {
            throw new IllegalArgumentException("errorIndex must be 0.." + text.length() + " but was " + errorIndex);
        }
        String at = errorIndex > 0 ? " (error at index " + errorIndex + ")" : "";
        return what + " " + rule + " but was " + Checks.quote(text) + at;
    }

    /** {@return the text that was parsed, whole} */
    public String parsedText() {
        return parsedText;
    }

    /** {@return the index in the parsed text where the error was found} */
    public int errorIndex() {
        return errorIndex;
    }
}
