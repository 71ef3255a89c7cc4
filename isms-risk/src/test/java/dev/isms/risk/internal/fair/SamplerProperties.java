// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.fair;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.isms.risk.fair.BetaPert;
import dev.isms.risk.fair.Constant;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.PertVariant;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SamplerProperties {

    @Provide
    Arbitrary<Distribution> distributions() {
        return Arbitraries.of(BetaPert.of(1, 2, 9), BetaPert.of(0, 0.1, 1).withVariant(PertVariant.MOMENT_MATCHED)
                .withLambda(0.5), Distribution.logNormal90(10, 1_000), Constant.of(3));
    }

    @Property(tries = 60)
    void fillingInTwoPartsDrawsWhatOnePassDraws(@ForAll("distributions") Distribution distribution,
            @ForAll @IntRange(min = 0, max = 300) int split, @ForAll long seed) {
        Sampler sampler = Samplers.of(distribution);
        double[] whole = new double[300];
        sampler.fill(new SplittableRandom(seed), whole, 300);
        double[] parts = new double[300];
        SplittableRandom random = new SplittableRandom(seed);
        sampler.fill(random, parts, 0, split);
        sampler.fill(random, parts, split, 300);
        assertArrayEquals(whole, parts);
    }
}
