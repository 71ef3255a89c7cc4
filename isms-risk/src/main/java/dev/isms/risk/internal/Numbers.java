// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

// Why: one strict grammar for every number a scorer reads from text, so that "+3", "３", "5d" or "0x1p3" never pass.
/**
 * Plain ASCII decimal numbers, the only numbers the built-in scorers accept in their parameters.
 *
 * <p>An integer is an optional {@code '-'} followed by the digits {@code 0-9}. A decimal is an integer, optionally
 * followed by {@code '.'} and digits, optionally followed by {@code 'e'} or {@code 'E'}, an optional sign and digits:
 * {@code 12}, {@code -0.5}, {@code 2.5e6}, {@code 1E-3}. Nothing else: no blanks, no leading {@code '+'}, no digits of
 * other scripts, no {@code .5} or {@code 5.}, no hexadecimal, no type suffix, no {@code NaN} or {@code Infinity}.
 * A list is such numbers separated by commas, with ASCII spaces allowed next to a comma only.
 */
public final class Numbers {
    /** The grammar of an integer, for messages. */
    public static final String INTEGER = "an integer (ASCII digits, optionally after '-')";
    /** The grammar of a decimal, for messages. */
    public static final String DECIMAL = "a decimal number (ASCII: optional '-', digits, optional '.' and digits,"
            + " optional exponent such as e6)";

    private Numbers() {
    }

    /**
     * Reads an integer.
     *
     * @param text the text, not null
     * @return the value
     * @throws NumberFormatException if the text is not an integer of the grammar or does not fit a long
     */
    public static long parseInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int end = digits(text, start);
        if (end == start || end != text.length()) {
            throw new NumberFormatException("not " + INTEGER);
        }
        return Long.parseLong(text);
    }

    /**
     * Reads a decimal.
     *
     * @param text the text, not null
     * @return the value; may be infinite when the exponent is large, or 0 when it is very negative
     * @throws NumberFormatException if the text is not a decimal of the grammar
     */
    public static double parseDecimal(String text) {
        if (!isDecimal(text)) {
            throw new NumberFormatException("not " + DECIMAL);
        }
        return Double.parseDouble(text);
    }

    /**
     * Reads a comma-separated list of decimals.
     *
     * @param text the text, not null
     * @param count how many numbers the list must hold
     * @return the values
     * @throws IllegalArgumentException if the list does not hold {@code count} decimals of the grammar
     */
    public static double[] parseDecimals(String text, int count) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new IllegalArgumentException("expected " + count + " comma-separated numbers but found "
                    + parts.length);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = parseDecimal(trimSpaces(parts[i], i > 0, i < count - 1));
        }
        return out;
    }

    private static String trimSpaces(String part, boolean afterComma, boolean beforeComma) {
        int from = 0;
        int to = part.length();
        while (afterComma && from < to && part.charAt(from) == ' ') {
            from++;
        }
        while (beforeComma && to > from && part.charAt(to - 1) == ' ') {
            to--;
        }
        return part.substring(from, to);
    }

    private static boolean isDecimal(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int i = digits(s, start);
        if (i == start) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            int j = digits(s, i + 1);
            if (j == i + 1) {
                return false;
            }
            i = j;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int sign = i + 1 < s.length() && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+') ? i + 2 : i + 1;
            int j = digits(s, sign);
            if (j == sign) {
                return false;
            }
            i = j;
        }
        return i == s.length();
    }

    /** {@return the index after the ASCII digits starting at {@code from}} */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
