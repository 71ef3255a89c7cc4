// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** How many problems {@link #join(List)} lists at most. */
    public static final int JOIN_LIMIT = 20;

    private Checks() {
    }

    /**
     * Requires a one-line text (an id, a title, a name): not null, not blank, no control characters (so a host that
     * prints it to a terminal or a log cannot be injected), no lone surrogates (so it encodes as UTF-8 unchanged).
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
        return checkCharacters(value, field, false);
    }

    /**
     * Requires a free text (a note, a justification, licensed guidance): not null, not blank; line breaks and tabs
     * are allowed, other control characters and lone surrogates are not.
     *
     * @param value the value
     * @param field the field name used in the message
     * @return the value
     */
    public static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank but was " + quote(value));
        }
        return checkCharacters(value, field, true);
    }

    private static String checkCharacters(String value, String field, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = multiLine && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowed) {
                throw new IllegalArgumentException(field + " must not contain control character "
                        + String.format("U+%04X", (int) c) + " (at index " + i + ") but was " + quote(value));
            }
            if (isLoneSurrogate(value, i)) {
                throw new IllegalArgumentException(field + " must be well-formed Unicode but has a lone surrogate"
                        + " at index " + i + ": " + quote(value));
            }
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
        if (value.isPresent()) {
            notBlank(value.get(), field);
        }
        return value;
    }

    /**
     * Copies free-form metadata, keeping its iteration order; keys are one-line texts, values may be empty or span
     * lines but hold no other control characters.
     *
     * @param metadata the entries
     * @return an unmodifiable, insertion-ordered copy
     */
    public static Map<String, String> metadata(Map<String, String> metadata) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            String value = Objects.requireNonNull(e.getValue(), "metadata value");
            copy.put(notBlank(e.getKey(), "metadata key"), checkCharacters(value, "metadata value", true));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Joins problem descriptions for one exception message: at most {@value #JOIN_LIMIT} of them, then how many were
     * left out, so a message stays bounded however many problems a value has.
     *
     * @param problems the problem descriptions, not empty
     * @return the descriptions separated by {@code "; "}
     */
    public static String join(List<String> problems) {
        int n = Math.min(problems.size(), JOIN_LIMIT);
        String joined = String.join("; ", problems.subList(0, n));
        return problems.size() > n ? joined + "; … and " + (problems.size() - n) + " more" : joined;
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
        if (n < value.length() && Character.isHighSurrogate(value.charAt(n - 1))
                && Character.isLowSurrogate(value.charAt(n))) {
            n--; // never cut a surrogate pair in half: the half would be a lone surrogate in the message
        }
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
