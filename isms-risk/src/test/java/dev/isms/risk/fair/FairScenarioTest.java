// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FairScenarioTest {
    private static final FairVulnerability HALF = FairVulnerability.direct(Constant.of(0.5));

    @Test
    void ofHasNoSecondaryLoss() {
        FairScenario s = FairScenario.of("s", Constant.of(1), HALF, Constant.of(10));
        assertFalse(s.hasSecondaryLoss());
        assertTrue(s.withSecondaryLoss(Constant.of(0.2), Constant.of(5)).hasSecondaryLoss());
    }

    @Test
    void rejectsNegativeFrequency() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FairScenario.of("s", Distribution.pert(-1, 0, 1), HALF, Constant.of(10)));
        assertEquals("threatEventFrequency must be >= 0 but its lower bound was -1.0", e.getMessage());
    }

    @Test
    void rejectsNegativePrimaryLoss() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FairScenario.of("s", Constant.of(1), HALF, Constant.of(-3)));
        assertEquals("primaryLoss must be >= 0 but its lower bound was -3.0", e.getMessage());
    }

    @Test
    void rejectsSecondaryProbabilityAboveOne() {
        FairScenario s = FairScenario.of("s", Constant.of(1), HALF, Constant.of(10));
        var e = assertThrows(IllegalArgumentException.class,
                () -> s.withSecondaryLoss(Constant.of(1.2), Constant.of(5)));
        assertEquals("secondaryEventProbability must be within [0, 1] but its support was [1.2, 1.2]",
                e.getMessage());
    }

    @Test
    void rejectsNegativeSecondaryLoss() {
        FairScenario s = FairScenario.of("s", Constant.of(1), HALF, Constant.of(10));
        var e = assertThrows(IllegalArgumentException.class,
                () -> s.withSecondaryLoss(Constant.of(0.5), Constant.of(-5)));
        assertEquals("secondaryLoss must be >= 0 but its lower bound was -5.0", e.getMessage());
    }

    @Test
    void rejectsBlankName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FairScenario.of(" ", Constant.of(1), HALF, Constant.of(10)));
        assertEquals("name must be non-blank but was ' '", e.getMessage());
    }

    @Test
    void rejectsNullVulnerability() {
        var e = assertThrows(NullPointerException.class,
                () -> FairScenario.of("s", Constant.of(1), null, Constant.of(10)));
        assertEquals("vulnerability", e.getMessage());
    }
}
