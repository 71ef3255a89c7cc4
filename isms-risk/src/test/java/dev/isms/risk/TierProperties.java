// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.internal.TierCalculator;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import dev.isms.risk.register.TreatmentOption;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Residual never exceeds current, current never exceeds inherent, and reductions are monotonic. */
class TierProperties {

    @Property
    void reductionStaysWithinOneAndTheLevel(@ForAll @IntRange(min = 1, max = 20) int level,
            @ForAll @DoubleRange(min = 0, max = 1) double e) {
        int r = TierCalculator.reduce(level, e);
        assertTrue(r >= 1 && r <= level);
    }

    @Property
    void moreEffectivenessNeverRaisesTheLevel(@ForAll @IntRange(min = 1, max = 20) int level,
            @ForAll @DoubleRange(min = 0, max = 1) double a, @ForAll @DoubleRange(min = 0, max = 1) double b) {
        assertTrue(TierCalculator.reduce(level, Math.max(a, b)) <= TierCalculator.reduce(level, Math.min(a, b)));
    }

    @Property(tries = 200)
    void residualAtMostCurrentAtMostInherent(@ForAll @IntRange(min = 1, max = 5) int likelihood,
            @ForAll @IntRange(min = 1, max = 5) int availability, @ForAll @IntRange(min = 1, max = 3) int legal,
            @ForAll @DoubleRange(min = 0, max = 1) double existing, @ForAll @DoubleRange(min = 0, max = 1) double p1,
            @ForAll @DoubleRange(min = 0, max = 1) double p2) {
        RiskScenario s = RiskFixtures.ransomware().toBuilder().likelihood(likelihood)
                .consequence(RiskFixtures.A, availability).consequence(RiskFixtures.LEGAL, legal)
                .existing(ControlEffect.likelihood(RiskFixtures.ref("8.8"), existing)).build();
        RiskTreatment t = RiskTreatment.builder("T", "R-1", TreatmentOption.MODIFY)
                .control(ControlEffect.likelihood(RiskFixtures.ref("8.7"), p1),
                        ControlEffect.consequence(RiskFixtures.ref("8.13"), p2)).build();
        RiskRegister r = RiskFixtures.register().build().withScenario(s).withTreatment(t);
        RiskProfile p = r.profile("R-1");
        assertTrue(p.residual().rank() <= p.current().rank());
        assertTrue(p.current().rank() <= p.inherent().rank());
    }

    @Property(tries = 200)
    void inherentRiskIsMonotonicInLikelihoodAndConsequence(@ForAll @IntRange(min = 1, max = 4) int likelihood,
            @ForAll @IntRange(min = 1, max = 4) int availability) {
        RiskRegister base = RiskFixtures.register().build();
        int here = base.withScenario(RiskFixtures.ransomware().toBuilder().likelihood(likelihood)
                .consequence(RiskFixtures.A, availability).build()).profile("R-1").inherent().rank();
        int moreLikely = base.withScenario(RiskFixtures.ransomware().toBuilder().likelihood(likelihood + 1)
                .consequence(RiskFixtures.A, availability).build()).profile("R-1").inherent().rank();
        int worse = base.withScenario(RiskFixtures.ransomware().toBuilder().likelihood(likelihood)
                .consequence(RiskFixtures.A, availability + 1).build()).profile("R-1").inherent().rank();
        assertTrue(moreLikely >= here);
        assertTrue(worse >= here);
    }
}
