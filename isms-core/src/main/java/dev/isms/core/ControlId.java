// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The identifier of a control or clause, such as {@code 5.1}, {@code 8.34}, {@code A.5.1.1} or {@code 6.1.2}.
 *
 * <p>An id is a sequence of dot-separated segments. A segment is either a number without leading zeros
 * ({@code 34}) or a token of letters, digits, {@code -}, {@code _}, {@code (} and {@code )} that starts with a
 * letter or digit ({@code A}, {@code ac-2}, {@code GV}). Ids of other frameworks (NIST's {@code ac-2.12},
 * a vendor's {@code ACME-7}) are therefore ids too.
 *
 * <p>Ids compare segment by segment, numbers numerically, so {@code 5.10} sorts after {@code 5.9}; numeric
 * segments sort before textual ones, and a shorter id before the longer ids it prefixes. The ordering is
 * consistent with {@link #equals(Object)}. {@link #toString()} returns the canonical text, and
 * {@code parse(id.toString())} returns an equal id.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ControlId implements Comparable<ControlId> {
    /** The longest id accepted, in characters. */
    public static final int MAX_LENGTH = 64;

    private final String value;
    private final String[] segments;
    /** The numeric value of each segment, or -1 where the segment is not a number. */
    private final long[] numbers;

    private ControlId(String value, String[] segments, long[] numbers) {
        this.value = value;
        this.segments = segments;
        this.numbers = numbers;
    }

    /**
     * Parses an id.
     *
     * @param text the id, such as {@code "5.1"} or {@code "A.5.1.1"}, not null
     * @return the id
     * @throws TextParseException if the text is not a well-formed id; the message names the text and the rule
     */
    public static ControlId parse(String text) {
        Objects.requireNonNull(text, "control id");
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw malformed(text, Math.min(text.length(), MAX_LENGTH), "must be 1.." + MAX_LENGTH + " characters");
        }
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.') {
                count++;
            }
        }
        String[] segments = new String[count];
        long[] numbers = new long[count];
        int start = 0;
        for (int s = 0; s < count; s++) {
            int end = text.indexOf('.', start);
            if (end < 0) {
                end = text.length();
            }
            String segment = text.substring(start, end);
            numbers[s] = checkSegment(text, start, segment);
            segments[s] = segment;
            start = end + 1;
        }
        return new ControlId(text, segments, numbers);
    }

    private static long checkSegment(String text, int at, String segment) {
        if (segment.isEmpty()) {
            throw malformed(text, at, "must not have an empty segment");
        }
        boolean numeric = true;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            boolean punctuation = c == '-' || c == '_' || c == '(' || c == ')';
            if (!digit && !letter && !punctuation) {
                throw malformed(text, at + i, "may contain only letters, digits, '.', '-', '_', '(' and ')'");
            }
            if (i == 0 && punctuation) {
                throw malformed(text, at, "segments must start with a letter or digit");
            }
            numeric &= digit;
        }
        if (!numeric) {
            return -1;
        }
        if (segment.length() > 1 && segment.charAt(0) == '0') {
            throw malformed(text, at, "numeric segments must not have leading zeros");
        }
        if (segment.length() > 18) {
            throw malformed(text, at, "numeric segments must have at most 18 digits");
        }
        return Long.parseLong(segment);
    }

    private static TextParseException malformed(String text, int index, String rule) {
        return new TextParseException("control id", text, index, rule);
    }

    /**
     * {@return the segments of this id, in order} For {@code A.5.1.1}: {@code [A, 5, 1, 1]}.
     */
    public List<String> segments() {
        return Collections.unmodifiableList(List.of(segments));
    }

    /**
     * {@return the number of segments}
     */
    public int depth() {
        return segments.length;
    }

    /**
     * {@return the id without its last segment, or empty for a one-segment id} The parent of {@code 6.1.2}
     * is {@code 6.1}.
     */
    public Optional<ControlId> parent() {
        if (segments.length == 1) {
            return Optional.empty();
        }
        int cut = value.lastIndexOf('.');
        String[] s = new String[segments.length - 1];
        long[] n = new long[segments.length - 1];
        System.arraycopy(segments, 0, s, 0, s.length);
        System.arraycopy(numbers, 0, n, 0, n.length);
        return Optional.of(new ControlId(value.substring(0, cut), s, n));
    }

    /**
     * Tells whether this id starts with all the segments of another.
     *
     * @param prefix the candidate ancestor, not null
     * @return true if {@code prefix} equals this id or is one of its ancestors
     */
    public boolean startsWith(ControlId prefix) {
        if (prefix.segments.length > segments.length) {
            return false;
        }
        for (int i = 0; i < prefix.segments.length; i++) {
            if (!prefix.segments[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(ControlId other) {
        int n = Math.min(segments.length, other.segments.length);
        for (int i = 0; i < n; i++) {
            int c = compareSegment(i, other);
            if (c != 0) {
                return c;
            }
        }
        // Segments compare equal only when their texts are equal (numbers have no leading zeros, and
        // compareNatural breaks ties by the text), so equal prefixes of equal length are equal ids.
        return Integer.compare(segments.length, other.segments.length);
    }

    private int compareSegment(int i, ControlId other) {
        long a = numbers[i];
        long b = other.numbers[i];
        if (a >= 0 && b >= 0) {
            return Long.compare(a, b);
        }
        if (a >= 0) {
            return -1;
        }
        if (b >= 0) {
            return 1;
        }
        return compareNatural(segments[i], other.segments[i]);
    }

    /** Compares text with embedded digit runs by their numeric value ({@code ac-2} before {@code ac-10}). */
    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String ra = stripZeros(a.substring(i, ei));
                String rb = stripZeros(b.substring(j, ej));
                int c = ra.length() != rb.length() ? Integer.compare(ra.length(), rb.length()) : ra.compareTo(rb);
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControlId && ((ControlId) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * {@return the canonical text of this id, as given to {@link #parse(String)}}
     */
    @Override
    public String toString() {
        return value;
    }
}
