// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Values;
import java.util.Objects;
import java.util.Optional;

/**
 * The target of a performance indicator: a value to reach or not to exceed, such as "at least 95 %" of staff
 * trained or "at most 5" days to patch.
 *
 * @param comparison whether a measurement must be at least or at most the value
 * @param value the target value, finite
 * @param unit the unit, such as {@code "%"} or {@code "days"}, or empty
 * @since 0.2
 */
public record Target(Comparison comparison, double value, Optional<String> unit) {

    /**
     * Validates the components.
     *
     * @param comparison the comparison, not null
     * @param value the value, finite
     * @param unit the unit, or empty; a one-line text
     * @throws IllegalArgumentException if the value is not finite or the unit blank
     */
    public Target {
        Objects.requireNonNull(comparison, "target comparison");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("target value must be finite but was " + value);
        }
        Values.optionalName(unit, "target unit");
    }

    /**
     * Creates a target to reach.
     *
     * @param value the value, finite
     * @param unit the unit, not blank
     * @return the target
     */
    public static Target atLeast(double value, String unit) {
        return new Target(Comparison.AT_LEAST, value, Optional.of(unit));
    }

    /**
     * Creates a target not to exceed.
     *
     * @param value the value, finite
     * @param unit the unit, not blank
     * @return the target
     */
    public static Target atMost(double value, String unit) {
        return new Target(Comparison.AT_MOST, value, Optional.of(unit));
    }

    /**
     * Tells whether a measured value meets the target (the boundary meets it).
     *
     * @param measured the measured value
     * @return true if met
     */
    public boolean isMet(double measured) {
        return comparison == Comparison.AT_LEAST ? measured >= value : measured <= value;
    }

    /** {@return the target as text, such as {@code ">= 95.0 %"}} */
    @Override
    public String toString() {
        return (comparison == Comparison.AT_LEAST ? ">= " : "<= ") + value + unit.map(u -> " " + u).orElse("");
    }

    /** Whether measurements must reach the value or stay under it. */
    public enum Comparison {
        /** A measurement meets the target when it is at least the value. */
        AT_LEAST,
        /** A measurement meets the target when it is at most the value. */
        AT_MOST
    }
}
