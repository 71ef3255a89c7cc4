package dev.isms.risk.internal;

import java.util.Objects;
import java.util.Optional;

/** Not-blank checks for the risk records, with messages naming the field and the rejected value. */
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
