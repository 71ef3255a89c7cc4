// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

// The records of one list member of a document (a register's "scenarios", say), read at their pointers: the values
// that mapped without a problem, and the index of every id as written, even of a record with a problem, so that a
// reference to it is not reported as unknown (one problem never causes another) and a model path such as
// scenarios[R-7].likelihood finds its pointer. A repeated id is reported at its place. Used by one thread.
final class Part<T> {
    private final String member;
    private final List<T> values;
    private final Map<String, Integer> indexes;

    private Part(String member, List<T> values, Map<String, Integer> indexes) {
        this.member = member;
        this.values = values;
        this.indexes = indexes;
    }

    /**
     * Reads a list member.
     *
     * @param dtos the member's items, or null if it is absent (then empty)
     * @param at the document's place holding the member
     * @param member the member's name, such as {@code "scenarios"}
     * @param key how an item is identified: its id member and how the DTO gives it
     * @param map maps one item at its place, or returns null after reporting its problems
     */
    static <D, T> Part<T> read(List<D> dtos, At at, String member, Key<D> key, BiFunction<D, At, T> map) {
        if (dtos == null) {
            return new Part<>(member, List.of(), Map.of());
        }
        At list = at.field(member);
        List<T> values = new ArrayList<>(dtos.size());
        Map<String, Integer> indexes = new HashMap<>(dtos.size() * 4 / 3 + 1);
        for (int i = 0; i < dtos.size(); i++) {
            At item = list.index(i);
            D d = dtos.get(i);
            if (d == null) {
                continue; // a null item: Bean Validation reported it, so the document is refused
            }
            String id = key.id().apply(d);
            Integer first = id == null ? null : indexes.putIfAbsent(id, i);
            T t = map.apply(d, item);
            if (first != null) {
                item.field(key.member()).add("repeats " + key.kind() + " " + Checks.quote(id) + " (first at "
                        + list.index(first).field(key.member()).pointer() + "); each may appear once");
            } else if (t != null) {
                values.add(t);
            }
        }
        return new Part<>(member, Collections.unmodifiableList(values), indexes);
    }

    /** {@return the values that mapped without a problem, in document order} */
    List<T> values() {
        return values;
    }

    /** {@return the index of an id as written, first occurrence, or null} */
    Integer index(String id) {
        return indexes.get(id);
    }

    /** {@return true if the id was written, even on a record with a problem} */
    boolean written(String id) {
        return indexes.containsKey(id);
    }

    /** {@return the ids as written, for checks of references} */
    Map<String, Integer> ids() {
        return indexes;
    }

    /** {@return the member's name} */
    String member() {
        return member;
    }

    /**
     * How the items of a list are identified.
     *
     * @param member the id's member, such as {@code "id"} or {@code "scenarioId"}
     * @param kind what the id names in messages, such as {@code "threat id"}
     * @param id the id of an item as written, or null
     */
    record Key<D>(String member, String kind, Function<D, String> id) {
    }
}
