// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one performance indicator stands as of a day: its latest measurement, the status against its target, and
 * when the next measurement is due.
 *
 * @param indicator the indicator
 * @param latest the latest measurement on or before the day, or empty
 * @param status met, not met, or no data (exactly when there is no measurement)
 * @param nextDue the day the next measurement is due (the latest measurement's day plus the frequency), or empty
 *        when nothing was measured
 * @since 0.2
 */
public record IndicatorStatus(PerformanceIndicator indicator, Optional<Measurement> latest, TargetStatus status,
        Optional<LocalDate> nextDue) {

    /**
     * Validates the components.
     *
     * @param indicator the indicator, not null
     * @param latest the latest measurement, or empty
     * @param status the status, not null; no data exactly when {@code latest} is empty
     * @param nextDue the next due day, present exactly when {@code latest} is
     * @throws IllegalArgumentException if the status or the due day contradicts the measurement
     */
    public IndicatorStatus {
        Objects.requireNonNull(indicator, "indicator status indicator");
        Objects.requireNonNull(latest, "indicator status latest");
        Objects.requireNonNull(status, "indicator status status");
        Objects.requireNonNull(nextDue, "indicator status nextDue");
        if (latest.isEmpty() != (status == TargetStatus.NO_DATA) || latest.isEmpty() != nextDue.isEmpty()) {
            throw new IllegalArgumentException("indicator status of " + indicator.id() + " status must be no-data"
                    + " and nextDue empty exactly when nothing was measured but was " + status.key() + ", " + nextDue);
        }
    }

    /**
     * Tells whether a measurement is overdue: the next one was due before the day.
     *
     * @param asOf the day, not null
     * @return true if overdue; false when nothing was ever measured (see {@link TargetStatus#NO_DATA})
     */
    public boolean isOverdue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return nextDue.isPresent() && nextDue.get().isBefore(asOf);
    }
}
