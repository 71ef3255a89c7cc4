// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.method;

import dev.isms.core.TextParseException;
import dev.isms.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The OWASP Risk Rating calculator's vector text, such as {@code SL:5/M:2/.../PV:5}, and the 0..9 factor check;
 * it exists so that {@code OwaspRiskRating} and {@code OwaspScorer} share one reading of the abbreviations.
 */
public final class OwaspVector {
    /** The likelihood factors' abbreviations, threat agent then vulnerability, in the published order. */
    public static final List<String> LIKELIHOOD = List.of("SL", "M", "O", "S", "ED", "EE", "A", "ID");
    /** The technical impact factors' abbreviations in the published order. */
    public static final List<String> TECHNICAL = List.of("LC", "LI", "LAV", "LAC");
    /** The business impact factors' abbreviations in the published order. */
    public static final List<String> BUSINESS = List.of("FD", "RD", "NC", "PV");
    /** All sixteen abbreviations: likelihood, technical impact, business impact. */
    public static final List<String> ALL = List.of("SL", "M", "O", "S", "ED", "EE", "A", "ID", "LC", "LI", "LAV",
            "LAC", "FD", "RD", "NC", "PV");
    /** The smallest factor rating. */
    public static final int MIN = 0;
    /** The largest factor rating. */
    public static final int MAX = 9;

    private OwaspVector() {
    }

    /**
     * Checks one factor rating.
     *
     * @param value the rating
     * @param factor the factor's name for the message, such as {@code "skill level"}
     * @return the rating
     * @throws IllegalArgumentException such as "skill level must be 0..9 but was 10"
     */
    public static int factor(int value, String factor) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException(factor + " must be " + MIN + ".." + MAX + " but was " + value);
        }
        return value;
    }

    /** What a vector is called in parse errors. */
    public static final String WHAT = "OWASP risk rating vector";

    /**
     * Reads a vector into abbreviation → rating, in the order given. Enclosing parentheses and blanks around the
     * parts are ignored; abbreviations are matched ignoring case. Which abbreviations are mandatory is left to the
     * caller.
     *
     * @param text such as {@code (SL:5/M:2/O:7)}, not null
     * @return the ratings by upper-case abbreviation
     * @throws TextParseException at the part that is not {@code ABBREVIATION:digit}, an unknown or repeated
     *         abbreviation, or a rating outside 0..9
     */
    public static Map<String, Integer> parse(String text) {
        Objects.requireNonNull(text, "vector");
        int from = 0;
        int to = text.length();
        String t = text.trim();
        if (t.startsWith("(") && t.endsWith(")") && t.length() >= 2) {
            from = text.indexOf('(') + 1;
            to = text.lastIndexOf(')');
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        int start = from;
        while (true) {
            int slash = text.indexOf('/', start);
            int end = slash < 0 || slash > to ? to : slash;
            part(text, start, text.substring(start, end), out);
            if (end == to) {
                return out;
            }
            start = end + 1;
        }
    }

    private static void part(String text, int at, String part, Map<String, Integer> out) {
        int colon = part.indexOf(':');
        String key = colon < 0 ? "" : part.substring(0, colon).trim().toUpperCase(Locale.ROOT);
        String value = colon < 0 ? "" : part.substring(colon + 1).trim();
        if (key.isEmpty() || value.length() != 1 || !Character.isDigit(value.charAt(0))) {
            throw new TextParseException(WHAT, text, at, "must have parts ABBREVIATION:0..9 separated by '/' (not "
                    + Checks.quote(part) + ")");
        }
        if (!ALL.contains(key)) {
            throw new TextParseException(WHAT, text, at, "must use the abbreviations " + ALL + " (not "
                    + Checks.quote(key) + ")");
        }
        if (out.put(key, value.charAt(0) - '0') != null) {
            throw new TextParseException(WHAT, text, at, "must give " + key + " only once");
        }
    }

    /**
     * Writes ratings as a vector part list, {@code KEY:value} joined by {@code /}.
     *
     * @param keys the abbreviations, not null
     * @param values the ratings, as many as keys
     * @return such as {@code SL:5/M:2}
     */
    public static String format(List<String> keys, List<Integer> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            b.append(i == 0 ? "" : "/").append(keys.get(i)).append(':').append(values.get(i));
        }
        return b.toString();
    }
}
