// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk source: an element that alone or in combination can give rise to risk (ISO/IEC 27005:2022 clause 3.1.9),
 * the starting point of an event-based scenario, such as an organised crime group or a careless insider.
 *
 * @param id the source's id, unique in a register; not blank
 * @param name a readable name, not blank
 * @param kind a grouping such as {@code "adversarial"}, {@code "accidental"}, {@code "structural"}, or empty
 * @since 0.1
 */
public record RiskSource(String id, String name, Optional<String> kind) {
    /**
     * Validates the components.
     *
     * @param id not blank
     * @param name not blank
     * @param kind not blank when present
     */
    public RiskSource {
        Checks.notBlank(id, "risk source id");
        Checks.notBlank(name, "risk source name");
        Checks.optional(kind, "risk source kind");
    }

    /**
     * Creates a risk source without a kind.
     *
     * @param id not blank
     * @param name not blank
     * @return the source
     */
    public static RiskSource of(String id, String name) {
        return new RiskSource(id, name, Optional.empty());
    }

    /**
     * Creates a risk source with a kind.
     *
     * @param id not blank
     * @param name not blank
     * @param kind a grouping such as {@code "adversarial"}, not blank
     * @return the source
     */
    public static RiskSource of(String id, String name, String kind) {
        return new RiskSource(id, name, Optional.of(Objects.requireNonNull(kind, "kind")));
    }
}
