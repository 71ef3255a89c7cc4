// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One level of a likelihood or consequence scale: its value (1 lowest), its name, and optionally the numeric
 * range it stands for (events per year, loss in currency).
 *
 * @param value the level's position, 1 lowest
 * @param name the level's name, such as {@code "Likely"}; not blank
 * @param lower the lower bound of the numeric range (inclusive), or empty
 * @param upper the upper bound of the numeric range (exclusive; may be infinite), or empty
 * @since 0.1
 */
public record ScaleLevel(int value, String name, OptionalDouble lower, OptionalDouble upper) {

    /**
     * Validates the components.
     *
     * @param value at least 1
     * @param name not blank
     * @param lower finite when present; present exactly when {@code upper} is
     * @param upper at least {@code lower} when present
     * @throws IllegalArgumentException if a rule is broken; the message names the level
     */
    public ScaleLevel {
        if (value < 1) {
            throw new IllegalArgumentException("scale level value must be >= 1 but was " + value);
        }
        Objects.requireNonNull(name, "scale level name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("scale level " + value + " name must not be blank");
        }
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.isPresent() != upper.isPresent()) {
            throw new IllegalArgumentException("scale level " + Checks.quote(name)
                    + " must have both range bounds or none");
        }
        if (lower.isPresent() && (!Double.isFinite(lower.getAsDouble()) || Double.isNaN(upper.getAsDouble())
                || upper.getAsDouble() < lower.getAsDouble())) {
            throw new IllegalArgumentException("scale level " + Checks.quote(name)
                    + " range must be finite lower <= upper but was " + lower.getAsDouble() + ".."
                    + upper.getAsDouble());
        }
    }

    /**
     * Creates a level without a numeric range.
     *
     * @param value at least 1
     * @param name not blank
     * @return the level
     */
    public static ScaleLevel of(int value, String name) {
        return new ScaleLevel(value, name, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * Creates a level standing for a numeric range.
     *
     * @param value at least 1
     * @param name not blank
     * @param lower inclusive lower bound, finite
     * @param upper exclusive upper bound, at least {@code lower}; may be {@link Double#POSITIVE_INFINITY}
     * @return the level
     */
    public static ScaleLevel of(int value, String name, double lower, double upper) {
        return new ScaleLevel(value, name, OptionalDouble.of(lower), OptionalDouble.of(upper));
    }
}
