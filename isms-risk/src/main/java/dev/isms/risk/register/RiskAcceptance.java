// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.internal.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk owner's acceptance of a scenario's residual risk (ISO/IEC 27001:2022 clause 6.1.3 f): who, when, why,
 * and until when. An expired acceptance no longer counts: the risk is unaccepted again from its expiry date.
 *
 * @param scenarioId the accepted scenario, not blank
 * @param acceptedBy who accepted it, not blank
 * @param acceptedOn the day it was accepted
 * @param justification why, not blank
 * @param expiresOn the first day on which the acceptance no longer holds, after {@code acceptedOn}; or empty
 * @since 0.1
 */
public record RiskAcceptance(String scenarioId, String acceptedBy, LocalDate acceptedOn, String justification,
        Optional<LocalDate> expiresOn) {

    /**
     * Validates the components.
     *
     * @param scenarioId not blank
     * @param acceptedBy not blank
     * @param acceptedOn not null
     * @param justification not blank
     * @param expiresOn after {@code acceptedOn} when present
     * @throws IllegalArgumentException if the expiry is not after the acceptance
     */
    public RiskAcceptance {
        Checks.notBlank(scenarioId, "acceptance scenarioId");
        Checks.notBlank(acceptedBy, "acceptedBy");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Checks.text(justification, "justification");
        Objects.requireNonNull(expiresOn, "expiresOn");
        if (expiresOn.isPresent() && !expiresOn.get().isAfter(acceptedOn)) {
            throw new IllegalArgumentException("acceptance of " + Checks.quote(scenarioId) + " expiresOn must be"
                    + " after " + acceptedOn + " but was " + expiresOn.get());
        }
    }

    /**
     * Creates an acceptance that does not expire.
     *
     * @param scenarioId the scenario, not blank
     * @param acceptedBy who, not blank
     * @param acceptedOn when, not null
     * @param justification why, not blank
     * @return the acceptance
     */
    public static RiskAcceptance of(String scenarioId, String acceptedBy, LocalDate acceptedOn,
            String justification) {
        return new RiskAcceptance(scenarioId, acceptedBy, acceptedOn, justification, Optional.empty());
    }

    /**
     * Creates an acceptance that expires.
     *
     * @param scenarioId the scenario, not blank
     * @param acceptedBy who, not blank
     * @param acceptedOn when, not null
     * @param justification why, not blank
     * @param expiresOn first day it no longer holds, after {@code acceptedOn}
     * @return the acceptance
     */
    public static RiskAcceptance of(String scenarioId, String acceptedBy, LocalDate acceptedOn, String justification,
            LocalDate expiresOn) {
        return new RiskAcceptance(scenarioId, acceptedBy, acceptedOn, justification,
                Optional.of(Objects.requireNonNull(expiresOn, "expiresOn")));
    }

    /**
     * Tells whether the acceptance holds on a day.
     *
     * @param day the day, not null
     * @return true from {@code acceptedOn} until the day before {@code expiresOn}
     */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(acceptedOn) && (expiresOn.isEmpty() || day.isBefore(expiresOn.get()));
    }

    /**
     * Tells whether the acceptance holds today according to a clock.
     *
     * @param clock the clock, not null
     * @return true if valid on the clock's current date
     */
    public boolean isValid(Clock clock) {
        return isValidOn(LocalDate.now(clock));
    }
}
