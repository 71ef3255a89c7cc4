// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.csv;

import dev.isms.catalog.internal.codec.csv.CsvCodec;
import dev.isms.catalog.internal.codec.csv.Table;
import dev.isms.core.internal.Checks;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One CSV export, such as the Statement of Applicability with one row per control: its columns, and the
 * conversion of a value into a table, written as {@link IsmsCsv} describes (UTF-8, a header row, RFC 4180
 * quoting, CRLF line ends, cells neutralised against formulas). Obtained from {@link IsmsCsv}.
 *
 * <pre>{@code
 * IsmsCsv.defaults().statementOfApplicability(catalog).write(soa, Path.of("soa.csv"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the type of the values exported
 * @since 0.2
 */
public final class CsvExport<T> {
    private final List<String> columns;
    private final Function<T, Table> table;
    private final CsvCodec codec;

    CsvExport(List<String> columns, Function<T, Table> table, CsvCodec codec) {
        this.columns = columns;
        this.table = table;
        this.codec = codec;
    }

    /** {@return the column names of the header row, in order} */
    public List<String> columns() {
        return columns;
    }

    /**
     * Converts a value to CSV text.
     *
     * @param value the value, not null
     * @return the text, with the header row; a byte order mark first if the {@link IsmsCsv} writes one
     */
    public String toCsv(T value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /**
     * Writes a value as CSV to a stream.
     *
     * @param value the value, not null
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(T value, OutputStream out) {
        byte[] bytes = bytes(value);
        try {
            Objects.requireNonNull(out, "out").write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a value as CSV to a file, replacing it.
     *
     * @param value the value, not null
     * @param file the file, not null; its directory must exist
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(T value, Path file) {
        byte[] bytes = bytes(value);
        try {
            Files.write(Objects.requireNonNull(file, "file"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + Checks.quote(file.toString()) + ": " + e.getMessage(), e);
        }
    }

    private byte[] bytes(T value) {
        return codec.write(table.apply(Objects.requireNonNull(value, "value")));
    }

    /** {@return the columns, such as {@code "CsvExport[id, title, ...]"}} */
    @Override
    public String toString() {
        return "CsvExport" + columns;
    }
}
