package dev.isms.catalog.internal.data;

import dev.isms.catalog.CatalogFormatException;
import dev.isms.catalog.CatalogFormatException.Problem;
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
 * {@code Boolean}/{@link #NULL}. It exists so that built-in catalogues load without Jackson's class-loading cost;
 * errors name the JSON pointer, line and column. Duplicate member names and nesting deeper than
 * {@link #MAX_DEPTH} are rejected.
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
    private final String text;
    private int pos;
    private int depth;
    private final String[] keys = new String[MAX_DEPTH + 1];
    private final int[] indices = new int[MAX_DEPTH + 1];

    private JsonReader(String resource, String text) {
        this.resource = resource;
        this.text = text;
    }

    /**
     * Parses a UTF-8 document.
     *
     * @param resource the document's name for error messages
     * @param utf8 the bytes; malformed UTF-8 is an error
     * @return the value tree
     * @throws CatalogFormatException on malformed input, with the location
     */
    public static Object parse(String resource, byte[] utf8) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogFormatException(resource, new Problem("", "document must be valid UTF-8"), e);
        }
        return parse(resource, text);
    }

    /**
     * Parses a document.
     *
     * @param resource the document's name for error messages
     * @param text the JSON text
     * @return the value tree
     * @throws CatalogFormatException on malformed input, with the location
     */
    public static Object parse(String resource, String text) {
        JsonReader r = new JsonReader(resource, text);
        r.skipWhitespace();
        Object value = r.value();
        r.skipWhitespace();
        if (r.pos < text.length()) {
            throw r.error("document must end after its top-level value but found " + r.describe());
        }
        return value;
    }

    private Object value() {
        int c = peek();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return NULL;
            default:
                if (c == '-' || isDigit(c)) {
                    return number();
                }
                throw error("expected a value but found " + describe());
        }
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
            if (members.containsKey(key)) {
                throw error("member names must be unique but '" + key + "' repeats");
            }
            skipWhitespace();
            expect(':', "after a member name");
            skipWhitespace();
            members.put(key, value());
            skipWhitespace();
            int c = peek();
            pos++;
            if (c == '}') {
                depth--;
                return members;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' after a member but found " + describe());
            }
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
            pos++;
            if (c == ']') {
                depth--;
                return elements;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']' after an element but found " + describe());
            }
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
        pos++;
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(start, pos++);
            }
            if (c == '\\') {
                return escapedString(new StringBuilder().append(text, start, pos));
            }
            checkStringChar(c);
            pos++;
        }
        throw error("string must be closed by '\"' but the document ended");
    }

    private String escapedString(StringBuilder sb) {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                sb.append(escape());
            } else {
                pos--;
                checkStringChar(c);
                pos++;
                sb.append(c);
            }
        }
        throw error("string must be closed by '\"' but the document ended");
    }

    private char escape() {
        int c = peek();
        pos++;
        switch (c) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case '/':
                return '/';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape();
            default:
                pos--;
                throw error("escape must be one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX but found "
                        + describe());
        }
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

    private void checkStringChar(char c) {
        if (c < 0x20) {
            throw error("strings must escape control characters but found " + describe());
        }
    }

    private Object number() {
        int start = pos;
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
        String n = text.substring(start, pos);
        if (integral && pos - digitsStart <= 18) {
            return Long.valueOf(Long.parseLong(n));
        }
        return new BigDecimal(n);
    }

    private void digits(String rule) {
        if (!isDigit(peek())) {
            throw error(rule + " but found " + describe());
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("expected a value but found " + describe());
        }
        pos += word.length();
    }

    private void expect(char c, String where) {
        if (peek() != c) {
            throw error("expected '" + c + "' " + where + " but found " + describe());
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private String describe() {
        int c = peek();
        if (c < 0) {
            return "the end of the document";
        }
        if (c < 0x20 || c == 0x7f || c == 0xfeff) {
            return "U+" + Integer.toHexString(0x10000 | c).substring(1).toUpperCase(Locale.ROOT);
        }
        return "'" + (char) c + "'";
    }

    private CatalogFormatException error(String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String where = "line " + line + ", column " + (pos - lineStart + 1) + ": ";
        return new CatalogFormatException(resource, List.of(new Problem(pointer(), where + message)));
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
