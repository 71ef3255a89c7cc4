// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Argument checks shared by the isms modules; each returns its argument so it can be used in assignments.
 * Messages name the field, the rule and the rejected value.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Requires a non-null, non-blank string.
     *
     * @param value the value
     * @param field the field name used in the message
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
     * Copies free-form metadata, keeping its iteration order and rejecting blank keys and null values.
     *
     * @param metadata the entries
     * @return an unmodifiable, insertion-ordered copy
     */
    public static Map<String, String> metadata(Map<String, String> metadata) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            copy.put(notBlank(e.getKey(), "metadata key"), Objects.requireNonNull(e.getValue(), "metadata value"));
        }
        return Collections.unmodifiableMap(copy);
    }
}
