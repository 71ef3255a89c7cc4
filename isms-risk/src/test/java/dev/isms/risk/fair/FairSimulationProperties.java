// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

class FairSimulationProperties {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    @AfterContainer
    static void stopPool() {
        POOL.shutdown();
    }

    @Provide
    Arbitrary<FairScenario> scenarios() {
        Arbitrary<BetaPert> tef = perts(0, 50);
        Arbitrary<BetaPert> vuln = perts(0, 1);
        Arbitrary<BetaPert> loss = perts(0, 1_000_000);
        Arbitrary<Boolean> contest = Arbitraries.of(true, false);
        return Combinators.combine(tef, vuln, loss, contest).as((t, v, l, c) -> FairScenario.of("s", t,
                c ? FairVulnerability.contest(t, l) : FairVulnerability.direct(v), l)
                .withSecondaryLoss(v, l.withVariant(PertVariant.MOMENT_MATCHED)));
    }

    static Arbitrary<BetaPert> perts(double low, double high) {
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1);
        return Combinators.combine(unit, unit, unit).as((a, b, c) -> {
            double[] v = {low + (high - low) * a, low + (high - low) * b, low + (high - low) * c};
            Arrays.sort(v);
            return BetaPert.of(v[0], v[1], v[2]);
        });
    }

    @Property(tries = 15)
    void resultsAreBitIdenticalForEveryParallelism(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int threads,
            @ForAll("models") AnnualLossModel model) {
        FairSimulation.Builder b = FairSimulation.builder().years(200).annualLossModel(model).exceedancePoints(1, 1e4);
        for (int i = 0; i < 37; i++) {
            b.scenario(FairSimulationTest.uncertain(i));
        }
        FairSimulation sim = b.build();
        assertEquals(sim.run(seed), sim.run(seed, POOL, threads));
    }

    @Provide
    Arbitrary<AnnualLossModel> models() {
        return Arbitraries.of(AnnualLossModel.class);
    }

    @Property(tries = 40)
    void percentilesAreOrderedAndTheCurveNeverIncreases(@ForAll("scenarios") FairScenario scenario,
            @ForAll("models") AnnualLossModel model, @ForAll long seed) {
        FairResult r = FairSimulation.builder().scenario(scenario).scenario(scenario).years(300)
                .annualLossModel(model).exceedancePoints(0, 10, 1e3, 1e5, 1e7, 1e9).appetite(1e5).build().run(seed);
        for (LossSummary s : List.of(r.scenario(0), r.scenario(1), r.portfolio())) {
            double[] ordered = {s.min(), s.p10(), s.p50(), s.p90(), s.p95(), s.p99(), s.max()};
            for (int i = 1; i < ordered.length; i++) {
                assertTrue(ordered[i - 1] <= ordered[i], () -> s.toString());
            }
            for (int i = 1; i < s.exceedanceCurve().size(); i++) {
                assertTrue(s.exceedanceCurve().get(i).probability() <= s.exceedanceCurve().get(i - 1).probability());
            }
            assertEquals(1.0, s.exceedanceCurve().get(0).probability());
            assertTrue(s.appetiteExceedance() <= s.exceedanceCurve().get(3).probability());
        }
    }
}
