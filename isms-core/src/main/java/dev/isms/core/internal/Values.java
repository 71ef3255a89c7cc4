// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Component checks for the management-system records (applied controls, SoA, assessment, audit, certification):
 * each names the record, the field and the rejected value, so that one rule gives one message everywhere.
 */
public final class Values {
    private Values() {
    }

    /**
     * Names a record for a message: its kind and its quoted id.
     *
     * @param kind such as {@code "applied control"}
     * @param id the record's id
     * @return such as {@code "applied control 'AC-1'"}
     */
    public static String label(String kind, String id) {
        return kind + " " + Checks.quote(id);
    }

    /**
     * Copies a list of one-line texts (ids, names), rejecting blanks and repeats.
     *
     * @param values the texts
     * @param field the record and field, such as {@code "applied control 'AC-1' risks"}
     * @return an unmodifiable copy in the given order
     */
    public static List<String> texts(Collection<String> values, String field) {
        Objects.requireNonNull(values, field);
        for (String v : values) {
            Checks.notBlank(v, field);
        }
        return distinct(values, field);
    }

    /**
     * Copies a list, rejecting nulls and repeated elements.
     *
     * @param values the values
     * @param field the record and field
     * @param <T> the element type
     * @return an unmodifiable copy in the given order
     */
    public static <T> List<T> distinct(Collection<T> values, String field) {
        Objects.requireNonNull(values, field);
        Set<T> seen = new HashSet<>();
        List<T> out = new ArrayList<>(values.size());
        for (T v : values) {
            if (!seen.add(Objects.requireNonNull(v, field))) {
                throw new IllegalArgumentException(field + " must not repeat a value but "
                        + Checks.quote(String.valueOf(v)) + " appears twice");
            }
            out.add(v);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Requires an optional one-line text to be non-blank and free of control characters when present.
     *
     * @param value the value
     * @param field the record and field
     * @return the value
     */
    public static Optional<String> optionalName(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        value.ifPresent(v -> Checks.notBlank(v, field));
        return value;
    }

    /**
     * Requires an optional free text (line breaks allowed) to be non-blank when present.
     *
     * @param value the value
     * @param field the record and field
     * @return the value
     */
    public static Optional<String> optionalText(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        value.ifPresent(v -> Checks.text(v, field));
        return value;
    }

    /**
     * Requires one date not to be before another.
     *
     * @param later the date that must not be earlier
     * @param earlier the reference date
     * @param field the record and field of {@code later}, such as {@code "audit 'IA-1' end"}
     * @param what what {@code earlier} is, such as {@code "its start"}
     * @return {@code later}
     */
    public static LocalDate notBefore(LocalDate later, LocalDate earlier, String field, String what) {
        Objects.requireNonNull(later, field);
        if (later.isBefore(earlier)) {
            throw new IllegalArgumentException(field + " must not be before " + what + " " + earlier + " but was "
                    + later);
        }
        return later;
    }
}
