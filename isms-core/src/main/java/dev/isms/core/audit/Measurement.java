// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One measurement of a performance indicator.
 *
 * @param indicatorId the indicator's id; a one-line text
 * @param date the day measured
 * @param value the measured value, finite
 * @since 0.2
 */
public record Measurement(String indicatorId, LocalDate date, double value) {

    /**
     * Validates the components.
     *
     * @param indicatorId the indicator's id, not blank
     * @param date the day, not null
     * @param value the value, finite
     * @throws IllegalArgumentException if the id is blank or the value not finite
     */
    public Measurement {
        Checks.notBlank(indicatorId, "measurement indicatorId");
        Objects.requireNonNull(date, "measurement date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("measurement of " + Checks.quote(indicatorId) + " on " + date
                    + " value must be finite but was " + value);
        }
    }
}
