// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import java.util.Objects;

/**
 * A band of a risk formula's values that maps to one risk level, such as likelihood × consequence 10..16 → High.
 *
 * @param level the risk level's name, not blank
 * @param min the smallest formula value in the band (inclusive)
 * @param max the largest formula value in the band (inclusive), at least {@code min}
 * @since 0.1
 */
public record RiskBand(String level, int min, int max) {
    /**
     * Validates the band.
     *
     * @param level not blank
     * @param min inclusive lower end
     * @param max inclusive upper end, at least {@code min}
     * @throws IllegalArgumentException if the name is blank or {@code max < min}
     */
    public RiskBand {
        Objects.requireNonNull(level, "band level");
        if (level.isBlank()) {
            throw new IllegalArgumentException("band level must not be blank");
        }
        if (max < min) {
            throw new IllegalArgumentException("band '" + level + "' max must be >= min " + min + " but was " + max);
        }
    }
}
