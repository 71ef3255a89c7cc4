// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Markdown building blocks for the report sections: user text escaped so that it reads as written and cannot
 * break a table, start a code span, or inject HTML; tables; numbers. Kept apart so every section escapes the same way.
 */
public final class Md {
    private Md() {
    }

    /**
     * Escapes user text for a paragraph or a table cell: {@code \ ` * _ [ ] | ~} get a backslash; {@code & < >}
     * become entities, so no HTML or autolink survives; a line break becomes {@code <br>} (the text stays on one
     * line, so it can start no block and end no table row); tabs and other control characters become spaces.
     *
     * @param text any text, not null
     * @return the escaped text
     */
    public static String text(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> b.append('\\').append(c);
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> {
                    b.append("<br>");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("<br>");
                default -> b.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        return b.toString();
    }

    /**
     * Joins escaped values with commas.
     *
     * @param values raw values
     * @return the escaped list, or an em dash when empty
     */
    public static String list(List<String> values) {
        if (values.isEmpty()) {
            return "—";
        }
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(text(v));
        }
        return b.toString();
    }

    /**
     * Appends a table.
     *
     * @param out where to write
     * @param header the column headings, already Markdown
     * @param rows the cells, already escaped, each row as wide as the header
     */
    public static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        row(out, header);
        out.append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(" --- |");
        }
        out.append('\n');
        for (List<String> r : rows) {
            row(out, r);
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c.isEmpty() ? "—" : c).append(" |");
        }
        out.append('\n');
    }

    /**
     * Writes a score with one decimal.
     *
     * @param score the score, or empty
     * @return such as {@code "3.2"}, or {@code "—"} when empty
     */
    public static String score(OptionalDouble score) {
        return score.isPresent() ? String.format(Locale.ROOT, "%.1f", score.getAsDouble()) : "—";
    }

    /**
     * Turns a file key into words.
     *
     * @param key such as {@code "partially-conformant"}
     * @return such as {@code "partially conformant"}
     */
    public static String words(String key) {
        return key.replace('-', ' ');
    }
}
