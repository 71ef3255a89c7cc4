// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A cross-tabulation of two attributes over a set of controls, such as cybersecurity concept × security
 * domain: cell (r, c) counts the controls that carry both values. A control with several values of an
 * attribute counts in each of their rows or columns, so cells do not sum to the number of controls.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CrossTab {
    private final Attribute rowAttribute;
    private final Attribute columnAttribute;
    private final int[][] cells;

    CrossTab(Attribute rowAttribute, Attribute columnAttribute, int[][] cells) {
        this.rowAttribute = rowAttribute;
        this.columnAttribute = columnAttribute;
        this.cells = cells;
    }

    /** {@return the attribute whose values are the rows} */
    public Attribute rowAttribute() {
        return rowAttribute;
    }

    /** {@return the attribute whose values are the columns} */
    public Attribute columnAttribute() {
        return columnAttribute;
    }

    /** {@return the row values in vocabulary order} */
    public List<AttributeValue> rows() {
        return rowAttribute.vocabulary();
    }

    /** {@return the column values in vocabulary order} */
    public List<AttributeValue> columns() {
        return columnAttribute.vocabulary();
    }

    /**
     * Returns one cell.
     *
     * @param row a value of {@link #rowAttribute()}, not null
     * @param column a value of {@link #columnAttribute()}, not null
     * @return the number of controls carrying both values
     * @throws IllegalArgumentException if a value belongs to another attribute
     */
    public int count(AttributeValue row, AttributeValue column) {
        check(row, rowAttribute, "row");
        check(column, columnAttribute, "column");
        return cells[row.ordinal()][column.ordinal()];
    }

    private static void check(AttributeValue value, Attribute expected, String field) {
        Objects.requireNonNull(value, field);
        if (value.attribute() != expected) {
            throw new IllegalArgumentException(field + " must be a value of " + expected.label() + " but was "
                    + value.tag());
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CrossTab)) {
            return false;
        }
        CrossTab t = (CrossTab) o;
        return rowAttribute == t.rowAttribute && columnAttribute == t.columnAttribute
                && Arrays.deepEquals(cells, t.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowAttribute, columnAttribute, Arrays.deepHashCode(cells));
    }

    /** {@return the table as aligned text, one line per row value} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        int width = 0;
        for (AttributeValue r : rows()) {
            width = Math.max(width, r.tagName().length());
        }
        sb.append(String.format("%-" + width + "s", ""));
        for (AttributeValue c : columns()) {
            sb.append(' ').append(c.tagName());
        }
        for (AttributeValue r : rows()) {
            sb.append('\n').append(String.format("%-" + width + "s", r.tagName()));
            for (AttributeValue c : columns()) {
                sb.append(' ').append(String.format("%" + c.tagName().length() + "d", count(r, c)));
            }
        }
        return sb.toString();
    }
}
