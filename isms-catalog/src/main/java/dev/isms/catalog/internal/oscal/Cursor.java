// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import dev.isms.catalog.internal.codec.Pointers;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A position in a {@link JsonTree} tree that reports typed-access problems at its JSON pointer into the shared
 * {@link Problems}, so that a reader walks on after a problem and reports every one. The pointer string is built
 * only when a problem is reported, which keeps the reading path free of string building.
 */
public final class Cursor {
    /**
     * Tells whether a text is of OSCAL's token datatype (an XML NCName, pattern
     * {@code ^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$}): ids, names, classes. A loop, not a regular expression, because a
     * fresh JVM checks thousands of them in the interpreter.
     *
     * @param s the text
     * @return true for a token
     */
    public static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = Character.isLetter(c) || c == '_'
                    || i > 0 && (c == '.' || c == '-' || isNumber(c));
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private final Cursor parent;
    private final String key;
    private final int index;
    private final Object value;
    private final Problems problems;

    private Cursor(Cursor parent, String key, int index, Object value, Problems problems) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.value = value;
        this.problems = problems;
    }

    public static Cursor root(Object value, Problems problems) {
        return new Cursor(null, null, -1, value, problems);
    }

    public Problems problems() {
        return problems;
    }

    /** {@return the member's cursor; its value is null when absent or when this is not an object} */
    public Cursor member(String name) {
        Object v = value instanceof Map ? ((Map<?, ?>) value).get(name) : null;
        return new Cursor(this, name, -1, v, problems);
    }

    public boolean isPresent() {
        return value != null;
    }

    public Object value() {
        return value;
    }

    /** {@return the pointer of this position, such as {@code /catalog/groups/0/id}} */
    public String pointer() {
        if (parent == null) {
            return "";
        }
        String base = parent.pointer();
        return key != null ? Pointers.field(base, key) : Pointers.index(base, index);
    }

    public void problem(String message) {
        problems.add(pointer(), message);
    }

    /**
     * Requires this to be an object whose members are all allowed; reports each other member.
     *
     * @return true if this is an object (unknown members reported or not)
     */
    public boolean object(Set<String> allowed) {
        if (!(value instanceof Map)) {
            problem("must be an object but is " + kind(value));
            return false;
        }
        for (Object name : ((Map<?, ?>) value).keySet()) {
            if (!allowed.contains(name)) {
                member((String) name).problem("unknown field " + Checks.quote((String) name)
                        + " (the OSCAL schema allows " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        return true;
    }

    /** {@return the elements of an array member; empty when absent, reported when not a non-empty array} */
    public List<Cursor> array(String name) {
        Cursor c = member(name);
        if (c.value == null) {
            return List.of();
        }
        if (!(c.value instanceof List)) {
            c.problem("must be an array but is " + kind(c.value));
            return List.of();
        }
        List<?> list = (List<?>) c.value;
        if (list.isEmpty()) {
            c.problem("must not be an empty array (OSCAL arrays have at least one item; leave the field out)");
        }
        List<Cursor> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new Cursor(c, null, i, list.get(i), problems));
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return the string member, or null if absent (reported when required) or not a non-blank string} */
    public String string(String name, boolean required) {
        return member(name).text(required);
    }

    /** {@return this value as a string, or null if absent (reported when required) or not a non-blank string} */
    public String text(boolean required) {
        if (value == null) {
            if (required) {
                parent.problem("required field '" + key + "' is missing");
            }
            return null;
        }
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

    /**
     * {@return a required one-line text member}, or null after reporting it at its own pointer: missing, not a string,
     * blank, or holding a character the model refuses in a one-line text (a control character, a lone surrogate)
     *
     * @param name the member
     * @param field the field's name in the message, as the model names it, such as {@code "control title"}
     */
    public String oneLine(String name, String field) {
        Cursor member = member(name);
        String text = member.text(true);
        if (text != null) {
            try {
                Checks.notBlank(text, field);
            } catch (IllegalArgumentException e) {
                member.problem(e.getMessage());
                return null;
            }
        }
        return text;
    }

    /** {@return the token member (OSCAL id, name or class), or null if absent (reported when required) or invalid} */
    public String token(String name, boolean required) {
        Cursor c = member(name);
        String s = c.text(required);
        if (s != null && !isToken(s)) {
            c.problem("must be an OSCAL token (a letter or '_', then letters, digits, '.', '-', '_') but was "
                    + Checks.quote(s));
            return null;
        }
        return s;
    }

    /** Requires the member, when present, to be of the given JSON kind ("object" or "array"); content not read. */
    public void opaque(String name, String kind) {
        Cursor c = member(name);
        if (c.value != null && !kind.equals(kind(c.value).replace("an ", ""))) {
            c.problem("must be " + ("array".equals(kind) ? "an array" : "an object") + " but is " + kind(c.value));
        }
    }

    public static String kind(Object v) {
        if (v instanceof Map || v == JsonTree.SKIPPED_OBJECT) {
            return "an object";
        }
        if (v instanceof List || v == JsonTree.SKIPPED_ARRAY) {
            return "an array";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Number) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        return v == JsonTree.NULL ? "null" : "missing";
    }
}
