// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Checks and copies shared by the risk records, with messages naming the field and the rejected value. */
public final class Text {
    private Text() {
    }

    /**
     * Requires a non-blank string.
     *
     * @param value the value
     * @param field the field name for the message
     * @return the value
     */
    public static String notBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank but was '" + value + "'");
        }
        return value;
    }

    /**
     * Copies scoring parameters into a name-sorted, unmodifiable map, rejecting null names and values.
     *
     * @param parameters the parameters
     * @return the copy
     */
    public static Map<String, String> sortedParameters(Map<String, String> parameters) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            sorted.put(Objects.requireNonNull(e.getKey(), "parameter name"),
                    Objects.requireNonNull(e.getValue(), "parameter " + e.getKey()));
        }
        return Collections.unmodifiableMap(sorted);
    }

    /**
     * Requires an optional string to be non-blank when present.
     *
     * @param value the value
     * @param field the field name for the message
     * @return the value
     */
    public static Optional<String> optional(Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isPresent()) {
            notBlank(value.get(), field);
        }
        return value;
    }
}
