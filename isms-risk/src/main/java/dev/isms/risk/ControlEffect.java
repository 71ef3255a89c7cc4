// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import dev.isms.core.ControlRef;
import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * How effective one control is against one scenario: which factor it reduces (likelihood for preventive controls,
 * consequence for detective and corrective ones) and by how much, as a fraction 0..1 of the distance to the
 * lowest level.
 *
 * <p>Several effects on one factor combine as independent layers: {@code e = 1 - (1 - e1)(1 - e2)...}; the level
 * then falls from {@code n} to {@code n - round(e * (n - 1))}. So an effect never raises a level, and the
 * lowest level is reached only by full effectiveness.
 *
 * @param control the control, not null
 * @param aspect the factor it reduces, not null
 * @param effectiveness 0 (no effect) .. 1 (fully effective)
 * @param rationale why this effectiveness was judged, or empty
 * @since 0.1
 */
public record ControlEffect(ControlRef control, Aspect aspect, double effectiveness, Optional<String> rationale) {

    /** The factor of a risk that a control reduces. */
    public enum Aspect {
        /** The control makes the event less likely (preventive). */
        LIKELIHOOD,
        /** The control limits the event's consequence (detective, corrective). */
        CONSEQUENCE
    }

    /**
     * Validates the components.
     *
     * @param control not null
     * @param aspect not null
     * @param effectiveness 0..1
     * @param rationale not blank when present
     * @throws IllegalArgumentException if the effectiveness is outside 0..1 or NaN
     */
    public ControlEffect {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(aspect, "aspect");
        if (!(effectiveness >= 0 && effectiveness <= 1)) {
            throw new IllegalArgumentException("control " + control + " effectiveness must be 0..1 but was "
                    + effectiveness);
        }
        Checks.optional(rationale, "rationale");
    }

    /**
     * Creates an effect on likelihood.
     *
     * @param control such as {@code ControlRef.of("iso27002:2022", "8.7")}
     * @param effectiveness 0..1
     * @return the effect
     */
    public static ControlEffect likelihood(ControlRef control, double effectiveness) {
        return new ControlEffect(control, Aspect.LIKELIHOOD, effectiveness, Optional.empty());
    }

    /**
     * Creates an effect on consequence.
     *
     * @param control the control
     * @param effectiveness 0..1
     * @return the effect
     */
    public static ControlEffect consequence(ControlRef control, double effectiveness) {
        return new ControlEffect(control, Aspect.CONSEQUENCE, effectiveness, Optional.empty());
    }

    /**
     * Returns a copy with a rationale.
     *
     * @param text why the effectiveness was judged so, not blank
     * @return the effect with the rationale
     */
    public ControlEffect because(String text) {
        return new ControlEffect(control, aspect, effectiveness, Optional.of(text));
    }
}
