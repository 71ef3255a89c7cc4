// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.isms.catalog.internal.codec.Mappers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered JSON object under construction, and the printer of such trees: members keep insertion order, absent
 * values and empty arrays are left out (OSCAL arrays must not be empty), and output is 2-space indented UTF-8 with LF
 * line ends and a final line end, so the same tree always gives the same bytes.
 */
public final class Tree {
    private final Map<String, Object> members = new LinkedHashMap<>();

    public static Tree object() {
        return new Tree();
    }

    /** Adds a member unless the value is null or an empty collection. */
    public Tree put(String name, Object value) {
        if (value != null && !(value instanceof Collection && ((Collection<?>) value).isEmpty())) {
            members.put(name, value);
        }
        return this;
    }

    /** {@return an OSCAL property} */
    public static Tree prop(String name, String ns, String value) {
        return object().put("name", name).put("ns", ns).put("value", value);
    }

    public static List<Object> list() {
        return new ArrayList<>();
    }

    /** {@return the document's bytes} */
    public static byte[] print(JsonFactory factory, Tree root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(Mappers.printer());
            write(g, root);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write OSCAL JSON: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Tree) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Tree) v).members.entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection) {
            g.writeStartArray();
            for (Object o : (Collection<?>) v) {
                write(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof BigDecimal) {
            g.writeNumber((BigDecimal) v);
        } else if (v instanceof Integer) {
            g.writeNumber((Integer) v);
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else {
            g.writeString((String) v);
        }
    }
}
