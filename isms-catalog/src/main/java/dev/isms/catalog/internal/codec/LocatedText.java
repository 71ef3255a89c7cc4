// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import java.util.Objects;

/**
 * One licensed text with the place it came from, so that an unknown id found later names its line or pointer.
 *
 * @param id the control id as written, stripped of surrounding spaces
 * @param text the text, not blank
 * @param location a JSON pointer to the entry's id, or {@code line N}
 */
public record LocatedText(String id, String text, String location) {
    /**
     * Checks for nulls.
     *
     * @param id the control id
     * @param text the text
     * @param location where the entry is
     */
    public LocatedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}
