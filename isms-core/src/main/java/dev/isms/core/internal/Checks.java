// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Argument checks and message helpers shared by the isms modules (exported only to them); each check returns its
 * argument so it can be used in assignments. Messages name the field, the rule and the rejected value, quoting at
 * most {@value #QUOTE_LIMIT} characters of it with control characters escaped.
 */
public final class Checks {
    /** How many characters of a user value a message quotes at most. */
    public static final int QUOTE_LIMIT = 100;

    private Checks() {
    }

    /**
     * Requires a non-null, non-blank string.
     *
     * @param value the value
     * @param field the field name used in the message
     * @return the value
     */
    public static String notBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank but was " + quote(value));
        }
        return value;
    }

    /**
     * Requires an optional string to be non-blank when present.
     *
     * @param value the value, not null
     * @param field the field name used in the message
     * @return the value
     */
    public static Optional<String> optional(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        value.ifPresent(v -> notBlank(v, field));
        return value;
    }

    /**
     * Copies free-form metadata, keeping its iteration order and rejecting blank keys and null values.
     *
     * @param metadata the entries
     * @return an unmodifiable, insertion-ordered copy
     */
    public static Map<String, String> metadata(Map<String, String> metadata) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            copy.put(notBlank(e.getKey(), "metadata key"), Objects.requireNonNull(e.getValue(), "metadata value"));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Quotes a user value for a message: in single quotes, at most {@value #QUOTE_LIMIT} characters (then an
     * ellipsis and the full length), with control characters, lone surrogates and the quote itself escaped, so a
     * message is bounded and safe to print or log.
     *
     * @param value the value, may be null
     * @return the quoted value, such as {@code 'abc\n'}; {@code null} unquoted for null
     */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(value.length(), QUOTE_LIMIT) + 24).append('\'');
        int n = Math.min(value.length(), QUOTE_LIMIT);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c) || isLoneSurrogate(value, i) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('\'');
        if (value.length() > n) {
            b.append("… (").append(value.length()).append(" characters)");
        }
        return b.toString();
    }

    /**
     * Tells whether the char at an index is a surrogate that is not part of a well-formed pair.
     *
     * @param s the text
     * @param i the index
     * @return true for a lone surrogate
     */
    public static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
