// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.csv;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.internal.Checks;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF, LF or CR line ends, a header row) with line numbers,
 * for the reference data converter, licensed-text overlays and CSV imports. Strict: a row with the wrong
 * number of fields, an unterminated quote or text after a closing quote is an error naming its line.
 */
public final class CsvReader {
    private final String resource;
    private final String text;
    private int pos;
    private int line = 1;

    private CsvReader(String resource, String text) {
        this.resource = resource;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Reads a whole CSV document with a header row.
     *
     * @param resource the document's name for error messages
     * @param in the text; read fully, not closed
     * @param maxChars the largest document accepted
     * @return the header and rows
     * @throws FormatException on malformed CSV, naming the line
     * @throws UncheckedIOException if the reader fails
     */
    public static CsvTable read(String resource, Reader in, int maxChars) {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                sb.append(buf, 0, n);
                if (sb.length() > maxChars) {
                    throw new FormatException(resource, List.of(new Problem("line " + lineAt(sb, maxChars),
                            "document must be at most " + maxChars + " characters; the limit is reached on this"
                            + " line")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Checks.quote(resource) + ": " + e.getMessage(), e);
        }
        return parse(resource, sb.toString());
    }

    /** {@return the 1-based line that holds the character at {@code index}; CRLF, LF and a lone CR end a line} */
    static int lineAt(CharSequence text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /**
     * Parses CSV text with a header row.
     *
     * @param resource the document's name for error messages
     * @param text the CSV text
     * @return the header and rows
     * @throws FormatException on malformed CSV, naming the line
     */
    public static CsvTable parse(String resource, String text) {
        return new CsvReader(resource, text).table();
    }

    private CsvTable table() {
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = null;
        while (pos < text.length()) {
            int rowLine = line;
            List<String> fields = row();
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue; // blank line
            }
            if (header == null) {
                header = fields;
                checkHeader(header);
            } else if (fields.size() != header.size()) {
                throw error(rowLine, "row must have " + header.size() + " fields like the header but has "
                        + fields.size());
            } else {
                rows.add(new CsvRow(rowLine, Collections.unmodifiableList(fields)));
            }
        }
        if (header == null) {
            throw error(1, "document must start with a header row but is empty");
        }
        return new CsvTable(resource, header, rows);
    }

    private void checkHeader(List<String> header) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (seen.put(header.get(i), i) != null) {
                throw error(1, "header must not repeat column " + Checks.quote(header.get(i)));
            }
        }
    }

    private List<String> row() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
            } else {
                endOfLine();
                return fields;
            }
        }
    }

    private void endOfLine() {
        if (text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }

    private String field() {
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw error(line, "a quote may only appear inside a quoted field");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int startLine = line;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    sb.append('"');
                    pos++;
                } else {
                    if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                        throw error(line, "a closing quote must be followed by a comma or a line end");
                    }
                    return sb.toString();
                }
            } else {
                boolean crOnly = c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n');
                if (c == '\n' || crOnly) {
                    line++;
                }
                sb.append(c);
            }
        }
        throw error(startLine, "quoted field is not closed");
    }

    private FormatException error(int at, String message) {
        return new FormatException(resource, List.of(new Problem("line " + at, message)));
    }
}
