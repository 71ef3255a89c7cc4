package dev.isms.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

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
     * Requires a value within an inclusive range.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the field name used in the message
     * @return the value
     */
    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + ".." + max + " but was " + value);
        }
        return value;
    }

    /**
     * Requires a finite value within an inclusive range.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param field the field name used in the message
     * @return the value
     */
    public static double inRange(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be " + min + ".." + max + " but was " + value);
        }
        return value;
    }

    /**
     * Requires a finite, non-negative value.
     *
     * @param value the value
     * @param field the field name used in the message
     * @return the value
     */
    public static double nonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0 but was " + value);
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

    /**
     * Requires a condition, with a lazily built message.
     *
     * @param condition the condition that must hold
     * @param message builds the message naming field, rule and value
     */
    public static void check(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new IllegalArgumentException(message.get());
        }
    }
}
