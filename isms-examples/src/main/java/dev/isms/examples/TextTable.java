package dev.isms.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows as an aligned text table: the examples' only formatting helper. Numbers are right-aligned,
 * text left-aligned.
 */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row must have " + header.size() + " cells but has " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(String.valueOf(c));
        }
        rows.add(row);
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
        line(sb, header, width);
        for (int i = 0; i < width.length; i++) {
            sb.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, r, width);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean number = !c.isEmpty() && c.matches("[-+]?[0-9.,%]+");
            String pad = " ".repeat(width[i] - c.length());
            sb.append(i == 0 ? "" : "  ").append(number ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
        }
        sb.append('\n');
    }
}
