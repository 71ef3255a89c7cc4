// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.hostile;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Hostile texts: valid seeds mutated one to four times (truncated, a span deleted, duplicated, swapped or repeated
 * into a long run, a hostile token inserted, a character replaced, the case flipped, a number made huge, padding),
 * plus fully random text from a mix of ASCII, control characters, lone surrogates, other BMP and supplementary
 * characters. Driven by jqwik's random source, so a failing try replays from jqwik's seed. (isms-catalog and
 * isms-risk use it from isms-core's test-jar.)
 */
public final class TextMutations {
    /** Tokens that break parsers: control characters, lone surrogates, odd numbers, punctuation, non-ASCII digits. */
    public static final List<String> TOKENS = List.of("\u0000", "\u001b[2J", "\n", "\r", "\t", "\u007f", "\uD800",
            "\uDC00", "\u2028", "\uFEFF", "\u200B", "NaN", "Infinity", "-Infinity", "-0", "1e999", "-1e999", "1e-400",
            "99999999999999999999999999", "-2147483649", "9223372036854775808", "0x1p3", "5d", "6f", "+3", " ",
            "\uFF13", "\u0669\u0669", "\"", "\\", "'", ",", ":", "/", "#", "=", ".", "..", "-", "{", "}", "[", "]",
            "null", "true", "\uD83D\uDE00", "%s", "${x}", "\u00e9", "\u4e2d");

    /** Longest text a mutation builds, so each try stays fast. */
    public static final int MAX_LENGTH = 100_000;

    private TextMutations() {
    }

    /** {@return mostly mutated seeds, sometimes random text} */
    public static Arbitrary<String> of(List<String> seeds) {
        return Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.randomValue(r -> mutate(seeds.get(r.nextInt(seeds.size())),
                        r))),
                Tuple.of(1, Arbitraries.randomValue(TextMutations::randomText)));
    }

    /** {@return the text mutated one to four times} */
    public static String mutate(String text, Random r) {
        String s = text;
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            s = once(s, r);
        }
        return s;
    }

    /** {@return random text of 0..200 characters, rarely 20,000 (one in 50)} */
    public static String randomText(Random r) {
        int n = r.nextInt(50) == 0 ? 20_000 : r.nextInt(201);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(randomChar(r));
        }
        return b.toString();
    }

    private static String randomChar(Random r) {
        switch (r.nextInt(8)) {
            case 0:
                return String.valueOf((char) r.nextInt(0x20));
            case 1:
                return String.valueOf((char) (0xD800 + r.nextInt(0x800)));
            case 2:
                return String.valueOf((char) r.nextInt(0x10000));
            case 3:
                return new String(Character.toChars(0x10000 + r.nextInt(0x100000)));
            case 4:
                return TOKENS.get(r.nextInt(TOKENS.size()));
            default:
                return String.valueOf((char) (0x20 + r.nextInt(0x5f)));
        }
    }

    private static String once(String s, Random r) {
        int len = s.length();
        int a = len == 0 ? 0 : r.nextInt(len + 1);
        int b = len == 0 ? 0 : a + r.nextInt(len - a + 1);
        switch (r.nextInt(10)) {
            case 0:
                return s.substring(0, a);
            case 1:
                return s.substring(0, a) + s.substring(b);
            case 2:
                return bounded(s.substring(0, b) + s.substring(a));
            case 3:
                return swap(s, r);
            case 4:
                return repeat(s, a, b, r);
            case 5:
                return s.substring(0, a) + randomChar(r) + s.substring(Math.min(len, a + 1));
            case 6:
                return r.nextBoolean() ? s.toUpperCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT);
            case 7:
                return s.replaceFirst("[0-9]+", r.nextBoolean() ? "99999999999999999999999" : "1e308");
            case 8:
                return " \t" + s + "\r\n ";
            default:
                return s.substring(0, a) + TOKENS.get(r.nextInt(TOKENS.size())) + s.substring(a);
        }
    }

    private static String swap(String s, Random r) {
        if (s.length() < 2) {
            return s + s;
        }
        int i = r.nextInt(s.length() - 1);
        int j = i + 1 + r.nextInt(s.length() - i - 1);
        char[] c = s.toCharArray();
        char t = c[i];
        c[i] = c[j];
        c[j] = t;
        return new String(c);
    }

    private static String repeat(String s, int a, int b, Random r) {
        String span = b > a ? s.substring(a, b) : "x";
        int times = r.nextInt(40) == 0 ? MAX_LENGTH / Math.max(1, span.length()) : 2 + r.nextInt(20);
        return bounded(s.substring(0, a) + span.repeat(Math.max(1, times)) + s.substring(b));
    }

    private static String bounded(String s) {
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }
}
