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
    void rejectsALognormalWhoseDrawsCanOverflow() {
        var e = assertThrows(IllegalArgumentException.class, () -> FairScenario.of("s", Constant.of(1),
                FairVulnerability.direct(Constant.of(0)), Distribution.logNormal90(1, 1e200)));
        assertTrue(e.getMessage().startsWith("primaryLoss must have a finite largest simulated value exp(μ + 14σ)"
                + " but it overflows for μ = 230.2585"), e.getMessage());
    }

    @Test
    void rejectsAnAnnualLossAboveTheBound() {
        var e = assertThrows(IllegalArgumentException.class, () -> FairScenario.of("s",
                Distribution.pert(1e300, 1e300, 1e300), FairVulnerability.direct(Constant.of(1)), Constant.of(1)));
        assertEquals("the largest mean number of loss events a year, threatEventFrequency × vulnerability = 1.0E300"
                + " × 1.0 = 1.0E300 must be at most 1.0E100", e.getMessage());
        var annual = assertThrows(IllegalArgumentException.class, () -> FairScenario.of("s", Constant.of(1e60),
                HALF, Constant.of(1e60)));
        assertEquals("the largest annual loss, threatEventFrequency × vulnerability × (primaryLoss +"
                + " secondaryEventProbability × secondaryLoss) = 1.0E60 × 0.5 × 1.0E60 = 4.999999999999999E119 must be at most"
                + " 1.0E100", annual.getMessage());
        var event = assertThrows(IllegalArgumentException.class, () -> FairScenario.of("s", Constant.of(1e-300),
                HALF, Constant.of(1e308)));
        assertTrue(event.getMessage().startsWith("the largest loss of an event, primaryLoss"), event.getMessage());
    }

    @Test
    void acceptsLossesUpToTheBoundAndAnyFrequencyThatCannotCauseLoss() {
        FairScenario.of("s", Constant.of(1e50), FairVulnerability.direct(Constant.of(1)),
                Constant.of(FairScenario.MAX_LOSS / 1e50));
        FairScenario s = FairScenario.of("s", Constant.of(1e300), FairVulnerability.direct(Constant.of(0)),
                Constant.of(1));
        assertEquals(0, FairSimulation.builder().scenario(s).years(3).build().run(1).scenario(0).max());
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
