// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.isms.catalog.internal.codec.JacksonProblems;
import dev.isms.catalog.internal.codec.Limits;
import dev.isms.catalog.internal.codec.Mappers;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bounded JSON document into a tree of {@code HashMap} (member order is not kept: OSCAL does not give it a
 * meaning), {@code ArrayList}, {@code String},
 * {@code Number}, {@code Boolean} and {@link #NULL}, with Jackson's streaming parser only (data binding would cost
 * a fresh JVM hundreds of milliseconds). Syntax errors, duplicate keys and exceeded limits are a
 * {@link FormatException} with the pointer and line.
 */
public final class JsonTree {
    /** The value of a JSON {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** What an object skipped unread (see {@link #read(InputStream, String, Set)}) is replaced with. */
    public static final Object SKIPPED_OBJECT = new Object() {
        @Override
        public String toString() {
            return "{...}";
        }
    };
    /** What an array skipped unread is replaced with. */
    public static final Object SKIPPED_ARRAY = new Object() {
        @Override
        public String toString() {
            return "[...]";
        }
    };

    private final Limits limits;
    private final JsonFactory factory;

    /**
     * Creates a reader within limits.
     *
     * @param limits the bounds
     */
    public JsonTree(Limits limits) {
        this.limits = limits;
        this.factory = Mappers.factory(limits);
    }

    /** {@return the bounds} */
    public Limits limits() {
        return limits;
    }

    /** {@return the factory, for writers} */
    public JsonFactory factory() {
        return factory;
    }

    /**
     * Reads a whole document.
     *
     * @param in the UTF-8 bytes, read fully and not closed
     * @param resource the document's name for messages
     * @return the root value
     * @throws FormatException if the document is too large, malformed or empty
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Object read(InputStream in, String resource) {
        return read(in, resource, Set.of());
    }

    /**
     * Reads a whole document, skipping the objects and arrays held by members of the given names: they are still
     * parsed (syntax, duplicate keys and limits checked) but not built, and stand as {@link #SKIPPED_OBJECT} or
     * {@link #SKIPPED_ARRAY} in the tree.
     *
     * @param in the UTF-8 bytes, read fully and not closed
     * @param resource the document's name for messages
     * @param skipped member names whose object or array values the caller does not read
     * @return the root value
     * @throws FormatException if the document is too large, malformed or empty
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Object read(InputStream in, String resource, Set<String> skipped) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new FormatException(resource, new Problem("", "document must be at most "
                    + limits.maxDocumentBytes() + " bytes but is larger"), null);
        }
        try (JsonParser p = factory.createParser(bytes)) {
            return root(p, resource, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Reads the one root value; a syntax error or a limit is reported at the parser's pointer when it stopped. */
    private Object root(JsonParser p, String resource, Set<String> skipped) throws IOException {
        try {
            if (p.nextToken() == null) {
                throw new FormatException(resource, new Problem("", "document is empty"), null);
            }
            Object root = value(p, skipped);
            if (p.nextToken() != null) {
                throw new FormatException(resource, new Problem("", "unexpected content after the end of the JSON"
                        + " document (line " + p.currentLocation().getLineNr() + ")"), null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new FormatException(resource, JacksonProblems.of(e, limits, p), e);
        } catch (NumberFormatException e) {
            throw new FormatException(resource, JacksonProblems.numberOutOfRange(p), e);
        }
    }

    private static Object value(JsonParser p, Set<String> skipped) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                Map<String, Object> map = new HashMap<>(8);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (skipped.contains(name) && (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY)) {
                        p.skipChildren();
                        map.put(name, v == JsonToken.START_OBJECT ? SKIPPED_OBJECT : SKIPPED_ARRAY);
                    } else {
                        map.put(name, value(p, skipped));
                    }
                }
                return map;
            case START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, skipped));
                }
                return list;
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return NULL;
        }
    }
}
