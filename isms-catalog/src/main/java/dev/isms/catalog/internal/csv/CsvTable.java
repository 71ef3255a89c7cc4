// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.csv;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.util.List;

/**
 * A parsed CSV document: header and rows, with by-name field access that names the line on errors.
 *
 * @param resource the document's name
 * @param header the column names
 * @param rows the data rows in order
 */
public record CsvTable(String resource, List<String> header, List<CsvRow> rows) {

    /**
     * Validates the components.
     *
     * @param resource the document's name
     * @param header the column names
     * @param rows the data rows in order
     */
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Returns the index of a column that must exist.
     *
     * @param name the column name
     * @return its index
     * @throws FormatException naming the column if the header lacks it
     */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new FormatException(resource, List.of(new Problem("line 1",
                    "header must have a column '" + name + "' but has " + header)));
        }
        return i;
    }

    /**
     * Returns a field of a row by column name.
     *
     * @param row the row
     * @param name the column name
     * @return the field value, possibly empty
     */
    public String get(CsvRow row, String name) {
        return row.fields().get(column(name));
    }
}
