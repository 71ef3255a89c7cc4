// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A strict RFC 8259 reader into {@code Map}/{@code List}/{@code String}/{@code Long}/{@code BigDecimal}/
 * {@code Boolean}/{@link #NULL}. It exists so that built-in catalogues load without Jackson's class-loading cost,
 * and it works on the UTF-8 bytes with plain loops because at start-up it runs in the interpreter. Errors name the
 * JSON pointer, line and (byte) column. Duplicate member names and nesting deeper than {@link #MAX_DEPTH} are
 * rejected.
 */
public final class JsonReader {
    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 64;

    /** The value of a JSON {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String resource;
    private final byte[] b;
    private final int end;
    private int pos;
    private int depth;
    private final String[] keys = new String[MAX_DEPTH + 1];
    private final int[] indices = new int[MAX_DEPTH + 1];

    private final StringCache cache;

    private JsonReader(String resource, byte[] utf8, List<String> known) {
        this.cache = new StringCache(known);
        this.resource = resource;
        this.b = utf8;
        this.end = utf8.length;
    }

    /**
     * Parses a UTF-8 document.
     *
     * @param resource the document's name for error messages
     * @param utf8 the bytes; malformed UTF-8 inside strings is an error, and so is any non-ASCII byte outside them
     * @return the value tree
     * @throws FormatException on malformed input, with the location
     */
    public static Object parse(String resource, byte[] utf8) {
        return parse(resource, utf8, List.of());
    }

    /**
     * Parses a UTF-8 document, returning the given instances for strings equal to them (member names, vocabulary
     * values), which makes the mapper's look-ups hit by identity.
     *
     * @param resource the document's name for error messages
     * @param utf8 the bytes; malformed UTF-8 inside strings is an error, and so is any non-ASCII byte outside them
     * @param known ASCII strings to reuse
     * @return the value tree
     * @throws FormatException on malformed input, with the location
     */
    public static Object parse(String resource, byte[] utf8, List<String> known) {
        JsonReader r = new JsonReader(resource, utf8, known);
        r.skipWhitespace();
        Object value = r.value();
        r.skipWhitespace();
        if (r.pos < r.end) {
            throw r.error("document must end after its top-level value but found " + r.describe());
        }
        return value;
    }

    /**
     * Parses a document given as text.
     *
     * @param resource the document's name for error messages
     * @param text the JSON text; unpaired surrogates outside escapes become {@code ?}
     * @return the value tree
     * @throws FormatException on malformed input, with the location
     */
    public static Object parse(String resource, String text) {
        return parse(resource, text.getBytes(StandardCharsets.UTF_8));
    }

    private Object value() {
        int c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't', 'f', 'n' -> literal(c == 't' ? "true" : c == 'f' ? "false" : "null");
            default -> number();
        };
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes but found " + describe());
            }
            String key = string();
            keys[depth - 1] = key;
            int keyEnd = pos;
            skipWhitespace();
            if (peek() != ':') {
                throw error("expected ':' after a member name but found " + describe());
            }
            pos++;
            skipWhitespace();
            if (members.put(key, value()) != null) {
                pos = keyEnd;
                throw error("member names must be unique but '" + key + "' repeats");
            }
            skipWhitespace();
            int c = peek();
            if (c == '}') {
                pos++;
                depth--;
                return members;
            }
            if (c != ',') {
                throw error("expected ',' or '}' after a member but found " + describe());
            }
            pos++;
        }
    }

    private List<Object> array() {
        enter();
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return elements;
        }
        while (true) {
            indices[depth - 1] = elements.size();
            skipWhitespace();
            elements.add(value());
            skipWhitespace();
            int c = peek();
            if (c == ']') {
                pos++;
                depth--;
                return elements;
            }
            if (c != ',') {
                throw error("expected ',' or ']' after an element but found " + describe());
            }
            pos++;
        }
    }

    private void enter() {
        if (depth == MAX_DEPTH) {
            throw error("nesting must be at most " + MAX_DEPTH + " levels deep");
        }
        keys[depth] = null;
        indices[depth] = -1;
        depth++;
        pos++;
    }

    private String string() {
        int start = ++pos;
        byte[] bytes = b;
        int h = 0;
        for (int i = start; i < end; i++) {
            int c = bytes[i];
            if (c == '"') {
                pos = i + 1;
                return cache.get(bytes, h, start, i - start);
            }
            h = 31 * h + c;
            if (c == '\\' || c < 0x20) {
                pos = i;
                return slowString(new StringBuilder().append(new String(bytes, start, i - start,
                        StandardCharsets.ISO_8859_1)));
            }
        }
        pos = end;
        throw error("string must be closed by '\"' but the document ended");
    }

    /** Continues a string that has escapes or non-ASCII characters; {@code pos} is at the first of them. */
    private String slowString(StringBuilder sb) {
        while (pos < end) {
            int c = b[pos] & 0xff;
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                pos++;
                sb.append(escape());
            } else if (c < 0x20) {
                throw error("strings must escape control characters but found " + describe());
            } else if (c < 0x80) {
                sb.append((char) c);
                pos++;
            } else {
                sb.append(utf8Run());
            }
        }
        throw error("string must be closed by '\"' but the document ended");
    }

    /** Decodes a run of non-ASCII bytes strictly (such a run holds whole UTF-8 sequences when well-formed). */
    private String utf8Run() {
        int start = pos;
        while (pos < end && b[pos] < 0) {
            pos++;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, start, pos - start))
                    .toString();
        } catch (CharacterCodingException e) {
            pos = start;
            throw error("strings must be valid UTF-8 but found the byte 0x"
                    + Integer.toHexString(b[start] & 0xff).toUpperCase(Locale.ROOT));
        }
    }

    private char escape() {
        int c = peek();
        pos++;
        return switch (c) {
            case '"', '\\', '/' -> (char) c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> {
                pos--;
                throw error("escape must be one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uHHHH but found "
                        + describe());
            }
        };
    }

    private char unicodeEscape() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int c = peek();
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                throw error("\\u must be followed by four hex digits but found " + describe());
            }
            v = v * 16 + d;
            pos++;
        }
        return (char) v;
    }

    private Object number() {
        int start = pos;
        int first = peek();
        if (first != '-' && !isDigit(first)) {
            throw error("expected a value but found " + describe());
        }
        if (peek() == '-') {
            pos++;
        }
        int digitsStart = pos;
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("numbers must not have leading zeros");
            }
        } else {
            digits("numbers must have a digit before any fraction or exponent");
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            integral = false;
            digits("a decimal point must be followed by a digit");
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            integral = false;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            digits("an exponent must have a digit");
        }
        if (integral && pos - digitsStart <= 18) {
            long v = 0;
            for (int i = digitsStart; i < pos; i++) {
                v = v * 10 + (b[i] - '0');
            }
            return Long.valueOf(b[start] == '-' ? -v : v);
        }
        return new BigDecimal(new String(b, start, pos - start, StandardCharsets.ISO_8859_1));
    }

    private void digits(String rule) {
        if (!isDigit(peek())) {
            throw error(rule + " but found " + describe());
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private Object literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos + i >= end || b[pos + i] != word.charAt(i)) {
                throw error("expected a value but found " + describe());
            }
        }
        pos += word.length();
        return word.equals("true") ? Boolean.TRUE : word.equals("false") ? Boolean.FALSE : NULL;
    }

    private void skipWhitespace() {
        byte[] bytes = b;
        int i = pos;
        while (i < end) {
            byte c = bytes[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            i++;
        }
        pos = i;
    }

    private int peek() {
        return pos < end ? b[pos] & 0xff : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private String describe() {
        int c = peek();
        if (c < 0) {
            return "the end of the document";
        }
        if (c >= 0x80) {
            return "the byte 0x" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
        }
        if (c < 0x20 || c == 0x7f) {
            return "U+" + Integer.toHexString(0x10000 | c).substring(1).toUpperCase(Locale.ROOT);
        }
        return "'" + (char) c + "'";
    }

    private FormatException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < end; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String where = "line " + line + ", column " + (pos - lineStart + 1) + ": ";
        return new FormatException(resource, List.of(new Problem(pointer(), where + message)));
    }

    private String pointer() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (keys[i] != null) {
                sb.append('/').append(keys[i].replace("~", "~0").replace("/", "~1"));
            } else if (indices[i] >= 0) {
                sb.append('/').append(indices[i]);
            } else {
                break;
            }
        }
        return sb.toString();
    }
}
