// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ControlEffectTest {

    @Test
    void createsEffectsOnEitherAspect() {
        ControlEffect e = ControlEffect.likelihood(RiskFixtures.ref("8.7"), 0.6).because("EDR on all endpoints");
        assertEquals(ControlEffect.Aspect.LIKELIHOOD, e.aspect());
        assertEquals(Optional.of("EDR on all endpoints"), e.rationale());
        assertEquals(ControlEffect.Aspect.CONSEQUENCE, ControlEffect.consequence(RiskFixtures.ref("8.13"), 1)
                .aspect());
    }

    @Test
    void rejectsEffectivenessOutsideZeroToOne() {
        assertEquals("control iso27002:2022#8.7 effectiveness must be 0..1 but was 1.5", assertThrows(
                IllegalArgumentException.class, () -> ControlEffect.likelihood(RiskFixtures.ref("8.7"), 1.5))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ControlEffect.likelihood(RiskFixtures.ref("8.7"), -0.1));
        assertThrows(IllegalArgumentException.class,
                () -> ControlEffect.likelihood(RiskFixtures.ref("8.7"), Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> ControlEffect.likelihood(RiskFixtures.ref("8.7"), 0.5).because(" "));
    }
}
