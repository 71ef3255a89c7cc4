// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows as an aligned text table: the examples' only formatting helper. Cells given as numbers are
 * right-aligned, everything else left-aligned.
 */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<Boolean>> numeric = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    /** Marks a pre-formatted number (such as {@code "1,250,000"}) so that it is right-aligned. */
    static Object number(String formatted) {
        return new Right(formatted);
    }

    /** A right-aligned text cell. */
    private record Right(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row must have " + header.size() + " cells but has " + cells.length);
        }
        List<String> row = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (Object c : cells) {
            row.add(String.valueOf(c));
            right.add(c instanceof Number || c instanceof Right);
        }
        rows.add(row);
        numeric.add(right);
        return this;
    }

    @Override
    public String toString() {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, null, width);
        for (int i = 0; i < width.length; i++) {
            sb.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        sb.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            line(sb, rows.get(r), numeric.get(r), width);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, List<Boolean> right, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean number = right != null && right.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(i == 0 ? "" : "  ").append(number ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
        }
        sb.append('\n');
    }
}
