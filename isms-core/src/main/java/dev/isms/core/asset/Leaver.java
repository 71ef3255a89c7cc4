// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person leaving the organisation, or changing role, whose assets must be returned (control 5.11).
 *
 * @param person the person, as named in asset custodians; a one-line text
 * @param lastDay the last working day; assets still with the person after it are not returned
 * @since 0.2
 */
public record Leaver(String person, LocalDate lastDay) {

    /**
     * Validates the components.
     *
     * @param person the person, not blank
     * @param lastDay the last day, not null
     */
    public Leaver {
        Checks.notBlank(person, "leaver person");
        Objects.requireNonNull(lastDay, "leaver lastDay");
    }
}
