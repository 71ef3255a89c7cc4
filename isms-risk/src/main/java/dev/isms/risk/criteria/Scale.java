// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered scale of named levels for likelihood or consequence, of 1..{@value #MAX_LEVELS} levels, such as
 * {@code Rare, Unlikely, Possible, Likely, Almost certain}.
 *
 * <p>Levels are numbered 1..n in order. Where levels carry numeric ranges, every level must, and the ranges must
 * be contiguous: each level starts exactly where the one below ends, so the scale covers one interval without gaps
 * or overlaps and a measured quantity maps to exactly one level ({@link #levelFor(double)}). A quantity below the
 * first level counts as the first level and one at or above the end of the last level as the last level, as a
 * scale's "less than 10,000" and "more than 1 million" do.
 *
 * @param name what the scale measures, such as {@code "likelihood"}; not blank
 * @param levels the levels, lowest first, numbered 1..n; unmodifiable
 * @since 0.1
 */
public record Scale(String name, List<ScaleLevel> levels) {
    /** The most levels a scale may have; also bounds risk matrices and risk levels. */
    public static final int MAX_LEVELS = 100;

    /**
     * Validates the scale.
     *
     * @param name not blank
     * @param levels 1..{@value #MAX_LEVELS}; values 1..n in order; unique names; ranges on all or none, contiguous
     * @throws IllegalArgumentException naming the scale and the broken rule
     */
    public Scale {
        Objects.requireNonNull(name, "scale name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("scale name must not be blank");
        }
        levels = List.copyOf(levels);
        String scale = "scale " + Checks.quote(name);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException(scale + " must have at least one level but has none");
        }
        if (levels.size() > MAX_LEVELS) {
            throw new IllegalArgumentException(scale + " must have 1.." + MAX_LEVELS + " levels but has "
                    + levels.size());
        }
        checkLevels(scale, levels);
    }

    private static void checkLevels(String scale, List<ScaleLevel> levels) {
        Set<String> names = new HashSet<>();
        boolean ranged = levels.get(0).lower().isPresent();
        for (int i = 0; i < levels.size(); i++) {
            ScaleLevel l = levels.get(i);
            String level = Checks.quote(l.name());
            if (l.value() != i + 1) {
                throw new IllegalArgumentException(scale + " level " + (i + 1) + " must have value " + (i + 1)
                        + " but was " + l.value() + " (" + level + ")");
            }
            if (!names.add(l.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(scale + " must not repeat level name " + level);
            }
            if (l.lower().isPresent() != ranged) {
                throw new IllegalArgumentException(scale + " must give numeric ranges for all levels or none, but"
                        + " level " + level + " differs");
            }
            ScaleLevel below = i > 0 ? levels.get(i - 1) : l;
            if (ranged && i > 0 && l.lower().getAsDouble() != below.upper().getAsDouble()) {
                throw new IllegalArgumentException(scale + " ranges must be contiguous (no gap, no overlap) but "
                        + level + " starts at " + l.lower().getAsDouble() + " where " + Checks.quote(below.name())
                        + " ends at " + below.upper().getAsDouble());
            }
        }
    }

    /**
     * Creates a scale from level names, lowest first.
     *
     * @param name what the scale measures, not blank
     * @param levelNames at least one, unique
     * @return the scale
     */
    public static Scale of(String name, String... levelNames) {
        List<ScaleLevel> levels = new ArrayList<>();
        for (int i = 0; i < levelNames.length; i++) {
            levels.add(ScaleLevel.of(i + 1, levelNames[i]));
        }
        return new Scale(name, levels);
    }

    /** {@return the number of levels} */
    public int size() {
        return levels.size();
    }

    /**
     * Checks a level value.
     *
     * @param value the value to check
     * @return the value
     * @throws IllegalArgumentException such as "likelihood must be 1..5 but was 7"
     */
    public int check(int value) {
        if (value < 1 || value > levels.size()) {
            throw new IllegalArgumentException(name + " must be 1.." + levels.size() + " but was " + value);
        }
        return value;
    }

    /**
     * Returns a level by value.
     *
     * @param value 1..{@link #size()}
     * @return the level
     * @throws IllegalArgumentException if out of range
     */
    public ScaleLevel level(int value) {
        return levels.get(check(value) - 1);
    }

    /**
     * Returns a level by name, ignoring case.
     *
     * @param levelName the name, not null
     * @return the level
     * @throws IllegalArgumentException listing the names if none matches
     */
    public ScaleLevel level(String levelName) {
        Objects.requireNonNull(levelName, "levelName");
        for (ScaleLevel l : levels) {
            if (l.name().equalsIgnoreCase(levelName)) {
                return l;
            }
        }
        List<String> all = new ArrayList<>();
        levels.forEach(l -> all.add(l.name()));
        throw new IllegalArgumentException(name + " must be one of " + all + " but was " + Checks.quote(levelName));
    }

    /** {@return whether the levels carry numeric ranges} */
    public boolean isRanged() {
        return levels.get(0).lower().isPresent();
    }

    /**
     * Maps a measured quantity to the level whose range holds it; a quantity below the first level's range gives
     * the first level, one at or above the end of the last level's range the last level.
     *
     * @param quantity the quantity, not NaN
     * @return the level
     * @throws IllegalArgumentException if the scale has no ranges or the quantity is NaN
     */
    public ScaleLevel levelFor(double quantity) {
        if (!isRanged()) {
            throw new IllegalArgumentException("scale " + Checks.quote(name) + " has no numeric ranges");
        }
        if (Double.isNaN(quantity)) {
            throw new IllegalArgumentException(name + " quantity must be a number but was NaN");
        }
        for (ScaleLevel l : levels) {
            if (quantity < l.upper().getAsDouble()) {
                return l;
            }
        }
        return levels.get(levels.size() - 1);
    }
}
