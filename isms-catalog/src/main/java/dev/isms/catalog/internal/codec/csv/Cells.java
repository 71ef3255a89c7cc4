// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The two transformations of a cell's text besides quoting: formula neutralisation, so that a spreadsheet never
 * evaluates a cell, and the joining of several values into one cell with {@code |}.
 */
public final class Cells {
    /** The prefix that keeps a spreadsheet from reading a cell as a formula. */
    public static final char GUARD = '\'';

    private Cells() {
    }

    /**
     * {@return the text as written to a cell}: with {@value #GUARD} before it when it begins with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab, a carriage return, a line feed, or {@value #GUARD} itself (so that
     * {@link #restore(String)} is exact)
     *
     * @param value the text
     */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        switch (value.charAt(0)) {
            case '=':
            case '+':
            case '-':
            case '@':
            case '\t':
            case '\r':
            case '\n':
            case GUARD:
                return GUARD + value;
            default:
                return value;
        }
    }

    /**
     * {@return the text a cell holds}: without the one {@value #GUARD} that {@link #neutralise(String)} put before
     * it
     *
     * @param cell the cell as read
     */
    public static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == GUARD ? cell.substring(1) : cell;
    }

    /**
     * {@return the values in one cell, separated by {@code |}; a {@code |} or {@code \} in a value is escaped with
     * {@code \}} Values are never empty, so an empty cell is no value.
     */
    static String join(Collection<?> values) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (Object v : values) {
            if (!first) {
                b.append('|');
            }
            first = false;
            String s = String.valueOf(v);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '|' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@return the values of a cell joined by {@link #join(Collection)}; none for an empty cell} */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                b.append(cell.charAt(++i));
            } else if (c == '|') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }
}
