// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.catalog.internal.codec.Pointers;
import dev.isms.catalog.internal.codec.Problems;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.TextParseException;
import dev.isms.core.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

// One place in a document being read (a JSON pointer) and the document's problems: the mappings check each value
// of an object at its member's pointer, so that every bad value is reported once, where it is, before any record
// is built. Each check returns null for an absent value (Bean Validation reports a missing required one) or a bad
// one (reported here). Public (exported to dev.isms.risk only) so that the risk documents' codec checks values
// the same way.
public final class At {
    private final Problems problems;
    private final At parent;
    private final String segment;
    private final int mark;
    private String pointer;

    private At(Problems problems, At parent, String segment, String pointer) {
        this.problems = problems;
        this.parent = parent;
        this.segment = segment;
        this.pointer = pointer;
        this.mark = problems.size();
    }

    public static At root(Problems problems) {
        return new At(problems, null, null, "");
    }

    /** {@return the place at a JSON pointer, such as the member of an enclosing document} */
    public static At of(Problems problems, String pointer) {
        return new At(problems, null, null, pointer);
    }

    /** A member; its pointer is built only when a problem or a message needs it. */
    public At field(String name) {
        return new At(problems, this, name, null);
    }

    public At index(int i) {
        return new At(problems, this, Integer.toString(i), null);
    }

    public String pointer() {
        if (pointer == null) {
            pointer = Pointers.field(parent.pointer(), segment);
        }
        return pointer;
    }

    public Problems problems() {
        return problems;
    }

    /** {@return true if no problem was added since this place was created} */
    public boolean clean() {
        return problems.size() == mark;
    }

    public void add(String message) {
        problems.add(pointer(), message);
    }

    /** A one-line text member: an id, a name, a title (no control characters, not blank). */
    public String name(String value, String member) {
        return check(value, member, false);
    }

    /** A free-text member: not blank; line breaks and tabs allowed. */
    public String text(String value, String member) {
        return check(value, member, true);
    }

    private String check(String value, String member, boolean multiLine) {
        if (value == null) {
            return null;
        }
        try {
            return multiLine ? Checks.text(value, member) : Checks.notBlank(value, member);
        } catch (IllegalArgumentException e) {
            field(member).add(e.getMessage());
            return null;
        }
    }

    /** A day, written {@code 2026-03-01}. */
    public LocalDate date(String value, String member) {
        if (value == null) {
            return null;
        }
        try {
            return Dtos.day(value);
        } catch (DateTimeException e) {
            field(member).add("must be a day such as '2026-03-01' but was " + Checks.quote(value));
            return null;
        }
    }

    /** A period, written in ISO 8601 such as {@code P6M} or {@code P1Y2M}. */
    public Period period(String value, String member) {
        if (value == null) {
            return null;
        }
        try {
            return Period.parse(value);
        } catch (DateTimeParseException e) {
            field(member).add("must be an ISO 8601 period such as 'P6M' or 'P1Y' but was " + Checks.quote(value));
            return null;
        }
    }

    public ControlId controlId(String value, String member) {
        if (value == null) {
            return null;
        }
        try {
            return ControlId.parse(value);
        } catch (TextParseException e) {
            field(member).add(e.getMessage());
            return null;
        }
    }

    public ControlRef controlRef(String value, String member) {
        if (value == null) {
            return null;
        }
        try {
            return ControlRef.parse(value);
        } catch (TextParseException e) {
            field(member).add(e.getMessage());
            return null;
        }
    }

    public <E extends Enum<E>> E key(Class<E> type, String value, String member) {
        if (value == null) {
            return null;
        }
        E e = Keys.find(type, value);
        if (e == null) {
            field(member).add("must be one of " + Keys.all(type) + " but was " + Checks.quote(value));
        }
        return e;
    }

    /** A list of one-line texts (ids, names): each checked at its pointer, repeats reported; absent is empty. */
    public List<String> names(List<String> values, String member) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        At list = field(member);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v == null || list.name(v, Integer.toString(i)) == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(v, i);
            if (first != null) {
                list.index(i).add("must not repeat " + Checks.quote(v) + " (first at " + list.index(first).pointer()
                        + ")");
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Records the id of the object at this place as written (so that an object with a problem still has its id),
     * reporting a repeat at its {@code id} member.
     *
     * @return the value, or null if its id was seen before (then reported)
     */
    public <T> T unique(T value, String id, String kind, Map<String, At> seen) {
        At first = id == null ? null : seen.putIfAbsent(id, field("id"));
        if (first != null) {
            field("id").add("duplicate " + kind + " id " + Checks.quote(id) + " (first at " + first.pointer() + ")");
            return null;
        }
        return value;
    }

    /** A list of control references ({@code catalog#control}): each parsed at its pointer, repeats reported. */
    public List<ControlRef> refs(List<String> values, String member) {
        return parsed(values, member, (list, i) -> list.controlRef(values.get(i), Integer.toString(i)));
    }

    /** A list of clause or control ids: each parsed at its pointer, repeats reported. */
    public List<ControlId> ids(List<String> values, String member) {
        return parsed(values, member, (list, i) -> list.controlId(values.get(i), Integer.toString(i)));
    }

    private <T> List<T> parsed(List<String> values, String member, BiFunction<At, Integer, T> parse) {
        List<T> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        At list = field(member);
        Map<T, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            T t = values.get(i) == null ? null : parse.apply(list, i);
            if (t != null) {
                unique(list, i, t, seen, out);
            }
        }
        return out;
    }

    /** A list of objects: each mapped at its pointer (null when it has a problem), repeats reported. */
    public <D, T> List<T> objects(List<D> dtos, String member, BiFunction<D, At, T> map) {
        List<T> out = new ArrayList<>();
        if (dtos == null) {
            return out;
        }
        At list = field(member);
        Map<T, Integer> seen = new HashMap<>();
        for (int i = 0; i < dtos.size(); i++) {
            T t = dtos.get(i) == null ? null : map.apply(dtos.get(i), list.index(i));
            if (t != null) {
                unique(list, i, t, seen, out);
            }
        }
        return out;
    }

    private static <T> void unique(At list, int i, T t, Map<T, Integer> seen, List<T> out) {
        Integer first = seen.putIfAbsent(t, i);
        if (first != null) {
            list.index(i).add("must not repeat the value at " + list.index(first).pointer());
        } else {
            out.add(t);
        }
    }

    /** A list of keys of an enum: each parsed at its pointer, repeats reported; absent is empty. */
    public <E extends Enum<E>> List<E> keys(Class<E> type, List<String> values, String member) {
        List<E> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        At list = field(member);
        for (int i = 0; i < values.size(); i++) {
            E e = list.key(type, values.get(i), Integer.toString(i));
            if (e != null && out.contains(e)) {
                list.index(i).add("must not repeat " + Checks.quote(values.get(i)));
            } else if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * {@return the value built}, or null after reporting the builder's complaint at this place: the rules that
     * involve several members of a record are the record's own, checked by its constructor.
     */
    public <T> T build(Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException | IllegalStateException | TextParseException e) {
            add(e.getMessage());
            return null;
        }
    }
}
