// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import java.util.Locale;
import java.util.Objects;

/**
 * The four themes of ISO/IEC 27002:2022, each the clause that holds its controls.
 *
 * @since 0.1
 */
public enum Theme {
    /** Organizational controls, clause 5 (37 controls). */
    ORGANIZATIONAL(5, "Organizational"),
    /** People controls, clause 6 (8 controls). */
    PEOPLE(6, "People"),
    /** Physical controls, clause 7 (14 controls). */
    PHYSICAL(7, "Physical"),
    /** Technological controls, clause 8 (34 controls). */
    TECHNOLOGICAL(8, "Technological");

    private final int clause;
    private final String label;

    Theme(int clause, String label) {
        this.clause = clause;
        this.label = label;
    }

    /**
     * {@return the clause number of ISO/IEC 27002:2022 that holds this theme's controls (5..8)}
     */
    public int clause() {
        return clause;
    }

    /**
     * {@return the theme's name as the standard prints it, such as {@code "Organizational"}}
     */
    public String label() {
        return label;
    }

    /**
     * Returns the theme of a clause number.
     *
     * @param clause 5..8
     * @return the theme
     * @throws IllegalArgumentException if the clause is not 5..8
     */
    public static Theme ofClause(int clause) {
        for (Theme t : values()) {
            if (t.clause == clause) {
                return t;
            }
        }
        throw new IllegalArgumentException("theme clause must be 5..8 but was " + clause);
    }

    /**
     * Parses a theme from its label ({@code "Organizational"}), case-insensitively.
     *
     * @param text the label, not null
     * @return the theme
     * @throws TextParseException if the text names no theme
     */
    public static Theme parse(String text) {
        Objects.requireNonNull(text, "theme");
        for (Theme t : values()) {
            if (t.label.equalsIgnoreCase(text)) {
                return t;
            }
        }
        throw new TextParseException("theme", text, 0,
                "must be one of Organizational, People, Physical, Technological");
    }

    /**
     * {@return the lower-case form used in file formats, such as {@code "organizational"}}
     */
    String key() {
        return label.toLowerCase(Locale.ROOT);
    }
}
