// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A table about to be written: the header and the rows, each cell's text as it is (neutralisation happens when
 * writing).
 */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** {@return the column names} */
    public List<String> header() {
        return header;
    }

    /** {@return the rows, in order} */
    public List<List<String>> rows() {
        return rows;
    }

    /** Adds a row of cells; a collection becomes one cell of {@code |}-separated values, null an empty cell. */
    void row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalStateException("a row must have " + header.size() + " cells but has " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (Object c : cells) {
            row.add(c == null ? "" : c instanceof Collection ? Cells.join((Collection<?>) c) : c.toString());
        }
        rows.add(row);
    }
}
