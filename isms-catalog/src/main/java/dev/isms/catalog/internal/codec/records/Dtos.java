// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

// Small conversions the mappings share when writing: an empty list or an absent value becomes null, so that the
// mapper omits the member; days are written in ISO 8601.
// Public (exported to dev.isms.risk only) for the risk documents' codec.
public final class Dtos {
    private Dtos() {
    }

    /** {@return the mapped items, or null (omitted) when there are none} */
    public static <T, D> List<D> list(Collection<T> items, Function<T, D> map) {
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
    public static List<String> strings(Collection<?> items) {
        return list(items, String::valueOf);
    }

    public static String day(LocalDate date) {
        return date.toString();
    }

    public static String day(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    /** {@return the day written, or null if it is not one (reported where it is read)} */
    public static LocalDate parseDay(String text) {
        try {
            return day(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@return the day of an ISO 8601 text such as {@code 2026-03-01}}: the common four-digit year read directly,
     * any other form by {@link LocalDate#parse}
     *
     * @throws DateTimeException if the text is not a day
     */
    public static LocalDate day(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                && digits(text, 5, 7) && digits(text, 8, 10)) {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@return the list, or an empty one for an absent member} */
    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
