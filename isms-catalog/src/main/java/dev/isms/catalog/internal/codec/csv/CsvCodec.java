// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.internal.Checks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads CSV with jackson-dataformat-csv (RFC 4180 quoting: a cell with a comma, a quote, a line break,
 * leading or trailing space is quoted, quotes doubled; CRLF line ends; a header row), in UTF-8, with or without a
 * byte order mark; every cell is neutralised against formulas on the way out and restored on the way in.
 */
public final class CsvCodec {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvMapper mapper = CsvMapper.builder().build();
    private final boolean bom;

    /**
     * Creates a codec.
     *
     * @param bom whether written documents start with a UTF-8 byte order mark (for Excel)
     */
    public CsvCodec(boolean bom) {
        this.bom = bom;
    }

    /**
     * {@return the table as CSV bytes}
     *
     * @param table the table
     */
    public byte[] write(Table table) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        for (String column : table.header()) {
            schema.addColumn(column);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(BOM);
        }
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                SequenceWriter rows = mapper.writer(schema.build()).writeValues(w)) {
            for (List<String> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (String c : row) {
                    cells.add(Cells.neutralise(c));
                }
                rows.write(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Reads a whole CSV document: rows of restored cells, each with the line it starts on, the header first. A byte
     * order mark is skipped.
     *
     * @param in the UTF-8 document, read fully, not closed
     * @param resource the document's name for messages
     * @param maxBytes the largest document accepted
     * @return the rows
     * @throws FormatException if the document is too large, not UTF-8, or not CSV (an unterminated quote), naming the
     *         line
     */
    public List<Row> read(InputStream in, String resource, int maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Checks.quote(resource) + ": " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new FormatException(resource, new Problem("", "document must be at most " + maxBytes
                    + " bytes but is larger"), null);
        }
        int skip = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
        Reader r = new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        List<Row> rows = new ArrayList<>();
        try (CsvParser p = mapper.getFactory().createParser(r)) {
            List<String> cells = null;
            int line = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                    line = 0;
                } else if (t == JsonToken.VALUE_STRING) {
                    line = line == 0 ? p.currentTokenLocation().getLineNr() : line;
                    cells.add(Cells.restore(p.getText()));
                } else if (t == JsonToken.END_ARRAY) {
                    rows.add(new Row(line, cells));
                }
            }
        } catch (IOException e) {
            throw new FormatException(resource, new Problem("line " + Math.max(1, rows.size() + 1), "malformed"
                    + " CSV: " + Checks.quote(e.getMessage())), e);
        }
        return rows;
    }

    /**
     * One row as read.
     *
     * @param line the line it starts on, from 1
     * @param cells its cells, restored
     */
    public record Row(int line, List<String> cells) {
    }
}
