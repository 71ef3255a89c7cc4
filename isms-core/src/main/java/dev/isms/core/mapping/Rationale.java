// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.mapping;

import dev.isms.core.TextParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * On what basis a mapping relates two controls (NIST IR 8477 section 4.3; OSCAL {@code matching-rationale}).
 *
 * @since 0.1
 */
public enum Rationale {
    /** Related by their wording. */
    SYNTACTIC,
    /** Related by their meaning. */
    SEMANTIC,
    /** Related by what implementing them achieves. */
    FUNCTIONAL;

    /** {@return the lower-case name used by NIST IR 8477 and OSCAL, such as {@code "semantic"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a rationale, case-insensitively.
     *
     * @param text {@code "syntactic"}, {@code "semantic"} or {@code "functional"}, not null
     * @return the rationale
     * @throws TextParseException if the text names no rationale
     */
    public static Rationale parse(String text) {
        Objects.requireNonNull(text, "rationale");
        for (Rationale r : values()) {
            if (r.name().equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw new TextParseException("rationale", text, 0, "must be one of syntactic, semantic, functional");
    }
}
