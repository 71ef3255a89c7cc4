// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import java.util.List;
import java.util.Map;

/**
 * Writes value trees (maps in insertion order, lists, strings, numbers, booleans) as
 * deterministic, 2-space-indented JSON: the layout of the shipped resources. Arrays of scalars stay on one line;
 * control characters and surrogates are escaped, all other characters written as they are.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();

    private JsonWriter() {
    }

    /** {@return the document text, ending with a line feed} */
    static String write(Object value) {
        JsonWriter w = new JsonWriter();
        w.value(value, 0);
        return w.out.append('\n').toString();
    }

    private void value(Object v, int indent) {
        if (v instanceof Map) {
            object((Map<?, ?>) v, indent);
        } else if (v instanceof List) {
            array((List<?>) v, indent);
        } else if (v instanceof String) {
            string((String) v);
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else {
            throw new IllegalArgumentException("value must be a JSON value but was " + v);
        }
    }

    private void object(Map<?, ?> map, int indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String sep = "\n";
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.append(sep);
            pad(indent + 1);
            string((String) e.getKey());
            out.append(": ");
            value(e.getValue(), indent + 1);
            sep = ",\n";
        }
        out.append('\n');
        pad(indent);
        out.append('}');
    }

    private void array(List<?> list, int indent) {
        boolean scalars = true;
        for (Object o : list) {
            scalars &= !(o instanceof Map) && !(o instanceof List);
        }
        if (scalars) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                value(list.get(i), indent);
            }
            out.append(']');
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            pad(indent + 1);
            value(list.get(i), indent + 1);
        }
        out.append('\n');
        pad(indent);
        out.append(']');
    }

    private void pad(int indent) {
        out.append("  ".repeat(indent));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
