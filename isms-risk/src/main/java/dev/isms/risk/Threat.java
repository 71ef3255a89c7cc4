// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A threat: a potential cause of an unwanted incident (ISO/IEC 27000), such as ransomware or a flood.
 *
 * @param id the threat's id, unique in a register; not blank
 * @param name a readable name, not blank
 * @param category a grouping such as {@code "deliberate"}, {@code "accidental"}, {@code "environmental"}, or empty
 * @since 0.1
 */
public record Threat(String id, String name, Optional<String> category) {
    /**
     * Validates the components.
     *
     * @param id not blank
     * @param name not blank
     * @param category not blank when present
     */
    public Threat {
        Checks.notBlank(id, "threat id");
        Checks.notBlank(name, "threat name");
        Checks.optional(category, "threat category");
    }

    /**
     * Creates a threat without a category.
     *
     * @param id not blank
     * @param name not blank
     * @return the threat
     */
    public static Threat of(String id, String name) {
        return new Threat(id, name, Optional.empty());
    }

    /**
     * Creates a threat with a category.
     *
     * @param id not blank
     * @param name not blank
     * @param category a grouping such as {@code "deliberate"}, not blank
     * @return the threat
     */
    public static Threat of(String id, String name, String category) {
        return new Threat(id, name, Optional.of(Objects.requireNonNull(category, "category")));
    }
}
