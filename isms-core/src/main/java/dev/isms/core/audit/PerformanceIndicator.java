// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A performance indicator (a "measure" in ISO/IEC 27004): what is measured, how, how often, and the target
 * (ISO/IEC 27001:2022 clause 9.1).
 *
 * @param id the id, unique in its {@link Monitoring}; a one-line text
 * @param name what is measured, such as {@code "Staff who completed awareness training"}
 * @param method how it is measured, so that results are comparable and reproducible; may span lines
 * @param frequency how often it is measured; positive
 * @param target the target
 * @param owner who measures, or empty
 * @since 0.2
 */
public record PerformanceIndicator(String id, String name, String method, Period frequency, Target target,
        Optional<String> owner) {

    /**
     * Validates the components.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param method the method, not blank
     * @param frequency the frequency, positive
     * @param target the target, not null
     * @param owner the owner, or empty; a one-line text
     * @throws IllegalArgumentException naming the indicator, the field and the value
     */
    public PerformanceIndicator {
        Checks.notBlank(id, "performance indicator id");
        String label = Values.label("performance indicator", id);
        Checks.notBlank(name, label + " name");
        Checks.text(method, label + " method");
        Objects.requireNonNull(frequency, label + " frequency");
        if (frequency.isZero() || frequency.isNegative()) {
            throw new IllegalArgumentException(label + " frequency must be positive but was " + frequency);
        }
        Objects.requireNonNull(target, label + " target");
        Values.optionalName(owner, label + " owner");
    }

    /**
     * Creates an indicator without owner.
     *
     * @param id the id, not blank
     * @param name the name, not blank
     * @param method the method, not blank
     * @param frequency the frequency, positive
     * @param target the target, not null
     * @return the indicator
     */
    public static PerformanceIndicator of(String id, String name, String method, Period frequency, Target target) {
        return new PerformanceIndicator(id, name, method, frequency, target, Optional.empty());
    }

    /**
     * Returns a copy with an owner.
     *
     * @param who the owner, not blank
     * @return the copy
     */
    public PerformanceIndicator withOwner(String who) {
        return new PerformanceIndicator(id, name, method, frequency, target, Optional.of(who));
    }
}
