// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An ordered scale of named levels for likelihood or consequence, of any length, such as
 * {@code Rare, Unlikely, Possible, Likely, Almost certain}.
 *
 * <p>Levels are numbered 1..n in order. Where levels carry numeric ranges, every level must, and the ranges
 * must ascend without overlapping, so a measured quantity maps to exactly one level ({@link #levelFor(double)}).
 *
 * @param name what the scale measures, such as {@code "likelihood"}; not blank
 * @param levels the levels, lowest first, numbered 1..n; unmodifiable
 * @since 0.1
 */
public record Scale(String name, List<ScaleLevel> levels) {

    /**
     * Validates the scale.
     *
     * @param name not blank
     * @param levels at least one; values 1..n in order; unique names; ranges on all or none, ascending
     * @throws IllegalArgumentException naming the scale and the broken rule
     */
    public Scale {
        Objects.requireNonNull(name, "scale name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("scale name must not be blank");
        }
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("scale '" + name + "' must have at least one level but has none");
        }
        Set<String> names = new HashSet<>();
        boolean ranged = levels.get(0).lower().isPresent();
        for (int i = 0; i < levels.size(); i++) {
            ScaleLevel l = levels.get(i);
            if (l.value() != i + 1) {
                throw new IllegalArgumentException("scale '" + name + "' level " + (i + 1) + " must have value "
                        + (i + 1) + " but was " + l.value() + " ('" + l.name() + "')");
            }
            if (!names.add(l.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("scale '" + name + "' must not repeat level name '" + l.name()
                        + "'");
            }
            if (l.lower().isPresent() != ranged) {
                throw new IllegalArgumentException("scale '" + name + "' must give numeric ranges for all levels or"
                        + " none, but level '" + l.name() + "' differs");
            }
            if (ranged && i > 0 && l.lower().getAsDouble() < levels.get(i - 1).upper().getAsDouble()) {
                throw new IllegalArgumentException("scale '" + name + "' ranges must ascend without overlap but '"
                        + l.name() + "' starts at " + l.lower().getAsDouble() + " below the end of '"
                        + levels.get(i - 1).name() + "' at " + levels.get(i - 1).upper().getAsDouble());
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
        for (ScaleLevel l : levels) {
            if (l.name().equalsIgnoreCase(levelName)) {
                return l;
            }
        }
        List<String> all = new ArrayList<>();
        levels.forEach(l -> all.add(l.name()));
        throw new IllegalArgumentException(name + " must be one of " + all + " but was '" + levelName + "'");
    }

    /**
     * Maps a measured quantity to the level whose range holds it.
     *
     * @param quantity the quantity, finite
     * @return the level
     * @throws IllegalArgumentException if the scale has no ranges or no range holds the quantity
     */
    public ScaleLevel levelFor(double quantity) {
        if (levels.get(0).lower().isEmpty()) {
            throw new IllegalArgumentException("scale '" + name + "' has no numeric ranges");
        }
        for (ScaleLevel l : levels) {
            if (quantity >= l.lower().getAsDouble() && quantity < l.upper().getAsDouble()) {
                return l;
            }
        }
        ScaleLevel last = levels.get(levels.size() - 1);
        if (quantity == last.upper().getAsDouble()) {
            return last;
        }
        throw new IllegalArgumentException(name + " quantity must lie in a level's range but was " + quantity);
    }
}
