// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.csv;

import java.util.List;

/**
 * One data row of a CSV document with the line it starts on, so errors can name it.
 *
 * @param line the 1-based line number where the row starts
 * @param fields the field values, unmodifiable
 */
public record CsvRow(int line, List<String> fields) {
}
