// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

// Small conversions the mappings share when writing: an empty list or an absent value becomes null, so that the
// mapper omits the member; days are written in ISO 8601.
final class Dtos {
    private Dtos() {
    }

    /** {@return the mapped items, or null (omitted) when there are none} */
    static <T, D> List<D> list(Collection<T> items, Function<T, D> map) {
        if (items.isEmpty()) {
            return null;
        }
        List<D> out = new ArrayList<>(items.size());
        for (T t : items) {
            out.add(map.apply(t));
        }
        return out;
    }

    /** {@return the texts, or null (omitted) when there are none} */
    static List<String> strings(Collection<?> items) {
        return list(items, String::valueOf);
    }

    static String day(LocalDate date) {
        return date.toString();
    }

    static String day(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    /** {@return the day written, or null if it is not one (reported where it is read)} */
    static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@return the list, or an empty one for an absent member} */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
