// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import dev.isms.core.internal.Checks;
import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a document or a model, where it is and what is wrong: what readers and validators report,
 * all at once, through {@link FormatException#problems()} and the model exceptions of the other modules.
 *
 * <p>The location is a JSON pointer ({@code /controls/17/title}), a CSV line ({@code line 12}) or a model path
 * ({@code scenarios[R-7].likelihood}); empty means the whole document. The message names the rule and quotes at
 * most about 100 characters of the offending value.
 *
 * <p>Serializable, like the exceptions that carry it: its serialized form is its two components.
 *
 * @param location where the problem is, not null; empty for the whole document
 * @param message what is wrong, not blank
 * @serial exclude
 * @since 0.2
 */
public record Problem(String location, String message) implements Serializable {
    /**
     * Validates the components.
     *
     * @param location not null
     * @param message not blank
     * @throws IllegalArgumentException if the message is blank
     */
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("problem message must not be blank");
        }
    }

    /**
     * {@return {@code location: message}, with {@code /} for the whole document} A location that holds control
     * characters, line or paragraph separators (U+2028, U+2029) or lone surrogates, or is longer than about 200 characters (a pointer through a hostile key) is quoted, bounded and
     * escaped, so that the text is safe to print or log.
     */
    @Override
    public String toString() {
        return (location.isEmpty() ? "/" : safe(location)) + ": " + message;
    }

    /** {@return the text as it is, or quoted, bounded and escaped when it holds control characters or is long} */
    static String safe(String location) {
        if (location.length() > 2 * Checks.QUOTE_LIMIT) {
            return Checks.quote(location);
        }
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if (Character.isISOControl(c) || Checks.isLoneSurrogate(location, i) || c == '\u2028' || c == '\u2029') {
                return Checks.quote(location);
            }
        }
        return location;
    }
}
