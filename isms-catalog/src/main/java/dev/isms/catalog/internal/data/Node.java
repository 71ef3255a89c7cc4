// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import dev.isms.core.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A position in a {@link JsonReader} tree that reports typed-access problems with its JSON pointer, so that the
 * mappers collect every problem of a document instead of stopping at the first. The pointer is built only when a
 * problem is reported, which keeps the loading path free of string building.
 */
final class Node {
    private final Node parent;
    private final String key;
    private final int index;
    private final Object value;
    private final List<Problem> problems;

    private Node(Node parent, String key, int index, Object value, List<Problem> problems) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.value = value;
        this.problems = problems;
    }

    static Node root(Object value, List<Problem> problems) {
        return new Node(null, null, -1, value, problems);
    }

    /** {@return the member's node; its value is null when the member is absent or this is not an object} */
    Node member(String name) {
        Object v = value instanceof Map ? ((Map<?, ?>) value).get(name) : null;
        return new Node(this, name, -1, v, problems);
    }

    boolean isPresent() {
        return value != null;
    }

    Object value() {
        return value;
    }

    /** Reports a problem at this node. */
    void problem(String message) {
        problems.add(new Problem(pointer(), message));
    }

    /** Requires this node to be an object holding only the given members; reports each other member. */
    boolean object(String... allowed) {
        if (!(value instanceof Map)) {
            problem("must be an object but is " + kind(value));
            return false;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        int known = 0;
        for (String a : allowed) {
            if (map.containsKey(a)) {
                known++;
            }
        }
        if (known < map.size()) {
            List<String> names = List.of(allowed);
            for (Object name : map.keySet()) {
                if (!names.contains(name)) {
                    member((String) name).problem("is not a known member here; allowed are "
                            + String.join(", ", allowed));
                }
            }
        }
        return true;
    }

    /** {@return the required, non-blank string member, or null after reporting a problem} */
    String text(String name) {
        Node m = member(name);
        if (!m.isPresent()) {
            m.problem("is required but missing");
            return null;
        }
        return m.asText();
    }

    /** {@return the optional, non-blank string member} */
    Optional<String> optText(String name) {
        Node m = member(name);
        return m.isPresent() ? Optional.ofNullable(m.asText()) : Optional.empty();
    }

    String asText() {
        if (!(value instanceof String)) {
            problem("must be a string but is " + kind(value));
            return null;
        }
        String s = (String) value;
        if (s.isBlank()) {
            problem("must not be blank");
            return null;
        }
        return s;
    }

    /** {@return the required integer member within a range, or {@code min - 1} after reporting a problem} */
    long integer(String name, long min, long max) {
        Node m = member(name);
        if (!(m.value instanceof Long) || (Long) m.value < min || (Long) m.value > max) {
            m.problem("must be an integer " + min + ".." + max + " but is " + kind(m.value));
            return min - 1;
        }
        return (Long) m.value;
    }

    /** {@return the required boolean member, false after reporting a problem} */
    boolean bool(String name) {
        Node m = member(name);
        if (!(m.value instanceof Boolean)) {
            m.problem("must be true or false but is " + kind(m.value));
            return false;
        }
        return (Boolean) m.value;
    }

    /** {@return the elements of an array member; empty (after a problem if required) when absent or no array} */
    List<Node> elements(String name, boolean required) {
        Node m = member(name);
        if (!m.isPresent() && !required) {
            return Collections.emptyList();
        }
        if (!(m.value instanceof List)) {
            m.problem(m.isPresent() ? "must be an array but is " + kind(m.value) : "is required but missing");
            return Collections.emptyList();
        }
        List<?> list = (List<?>) m.value;
        List<Node> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new Node(m, null, i, list.get(i), problems));
        }
        return out;
    }

    /** {@return the string entries of an optional object member, in document order} */
    List<String[]> stringEntries(String name) {
        Node m = member(name);
        List<String[]> out = new ArrayList<>();
        if (!m.isPresent()) {
            return out;
        }
        if (!(m.value instanceof Map)) {
            m.problem("must be an object but is " + kind(m.value));
            return out;
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) m.value).entrySet()) {
            Node v = m.member((String) e.getKey());
            if (e.getValue() instanceof String) {
                out.add(new String[] {(String) e.getKey(), (String) e.getValue()});
            } else {
                v.problem("must be a string but is " + kind(e.getValue()));
            }
        }
        return out;
    }

    String pointer() {
        if (parent == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(parent.pointer()).append('/');
        if (key != null) {
            sb.append(key.replace("~", "~0").replace("/", "~1"));
        } else {
            sb.append(index);
        }
        return sb.toString();
    }

    static String kind(Object v) {
        if (v == null) {
            return "missing";
        }
        if (v instanceof String) {
            return "the string \"" + v + "\"";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        return v == JsonReader.NULL ? "null" : String.valueOf(v);
    }
}
