// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scale on which maturity is rated, such as the default 0 (non-existent) to 5 (optimised).
 *
 * @param min the lowest level
 * @param max the highest level, above {@code min}
 * @param labels a name per level from {@code min} to {@code max}, or empty for unnamed levels
 * @since 0.2
 */
public record MaturityScale(int min, int max, List<String> labels) {
    private static final MaturityScale DEFAULT = new MaturityScale(0, 5, List.of("Non-existent", "Initial",
            "Repeatable", "Defined", "Managed", "Optimised"));

    /**
     * Validates the components.
     *
     * @param min the lowest level
     * @param max the highest level, above {@code min} and at most 100 levels above it
     * @param labels empty, or one one-line name per level
     * @throws IllegalArgumentException if the range is empty or too wide, or the labels do not match it
     */
    public MaturityScale {
        if (max <= min || (long) max - min > 100) {
            throw new IllegalArgumentException("maturity scale max must be above min " + min + " by at most 100 but"
                    + " was " + max);
        }
        labels = List.copyOf(labels);
        if (!labels.isEmpty() && labels.size() != max - min + 1) {
            throw new IllegalArgumentException("maturity scale labels must name each of the " + (max - min + 1)
                    + " levels " + min + ".." + max + " but were " + labels.size());
        }
        for (String l : labels) {
            Checks.notBlank(l, "maturity scale label");
        }
    }

    /** {@return the default scale: 0 non-existent, 1 initial, 2 repeatable, 3 defined, 4 managed, 5 optimised} */
    public static MaturityScale defaultScale() {
        return DEFAULT;
    }

    /**
     * Creates an unnamed scale.
     *
     * @param min the lowest level
     * @param max the highest level, above {@code min}
     * @return the scale
     */
    public static MaturityScale of(int min, int max) {
        return new MaturityScale(min, max, List.of());
    }

    /**
     * Tells whether a level is on the scale.
     *
     * @param level the level
     * @return true if {@code min <= level <= max}
     */
    public boolean contains(int level) {
        return level >= min && level <= max;
    }

    /**
     * Tells whether a score lies on the scale.
     *
     * @param score the score
     * @return true if a number with {@code min <= score <= max}
     */
    public boolean contains(double score) {
        return score >= min && score <= max;
    }

    /**
     * Returns the name of a level.
     *
     * @param level a level on the scale
     * @return its name, or empty if the scale's levels are unnamed
     * @throws IllegalArgumentException if the level is off the scale
     */
    public Optional<String> label(int level) {
        if (!contains(level)) {
            throw new IllegalArgumentException("maturity level must be " + min + ".." + max + " but was " + level);
        }
        return labels.isEmpty() ? Optional.empty() : Optional.of(labels.get(level - min));
    }

    /** {@return {@code "min..max"}, such as {@code "0..5"}} */
    @Override
    public String toString() {
        return min + ".." + max + (labels.isEmpty() ? "" : " " + Objects.toString(labels));
    }
}
