// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FairSimulationTest {

    static FairScenario constant(double tef, double vulnerability, double loss) {
        return FairScenario.of("c", Constant.of(tef), FairVulnerability.direct(Constant.of(vulnerability)),
                Constant.of(loss));
    }

    static FairScenario uncertain(int i) {
        return FairScenario.of("u" + i, Distribution.pert(0.5, 1 + i % 3, 6),
                FairVulnerability.direct(Distribution.pert(0.1, 0.4, 0.9)), Distribution.logNormal90(1_000, 50_000))
                .withSecondaryLoss(Distribution.pert(0, 0.2, 0.5), Distribution.pert(500, 2_000, 9_000));
    }

    static FairSimulation.Builder many(int count, int years) {
        FairSimulation.Builder b = FairSimulation.builder().years(years);
        for (int i = 0; i < count; i++) {
            b.scenario(uncertain(i));
        }
        return b;
    }

    @Test
    void constantScenarioGivesConstantLosses() {
        FairResult r = FairSimulation.builder().scenario(constant(2, 0.5, 100)).years(50)
                .exceedancePoints(50, 100, 150).appetite(99).build().run(1);
        LossSummary s = r.scenario(0);
        assertEquals(List.of(100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0),
                List.of(s.min(), s.p10(), s.p50(), s.p90(), s.p95(), s.p99(), s.max()));
        assertEquals(100, s.mean(), 1e-9);
        assertEquals(List.of(new ExceedancePoint(50, 1), new ExceedancePoint(100, 1), new ExceedancePoint(150, 0)),
                s.exceedanceCurve());
        assertEquals(1.0, s.appetiteExceedance());
        assertEquals(50, r.years());
        assertEquals(1, r.seed());
    }

    @Test
    void appetiteCountsOnlyStrictlyGreaterLosses() {
        FairResult r = FairSimulation.builder().scenario(constant(1, 1, 100)).years(10).appetite(100).build().run(1);
        assertEquals(0.0, r.scenario(0).appetiteExceedance());
    }

    @Test
    void portfolioAddsScenariosYearByYear() {
        FairResult r = FairSimulation.builder().scenario(constant(1, 1, 100)).scenario(constant(2, 0.25, 10))
                .years(20).build().run(3);
        assertEquals(105, r.portfolio().p50());
        assertEquals(105, r.portfolio().max());
    }

    @Test
    void secondaryLossIsAddedWithItsProbability() {
        FairScenario s = constant(1, 1, 100).withSecondaryLoss(Constant.of(0.5), Constant.of(10));
        FairResult r = FairSimulation.builder().scenario(s).years(10).build().run(1);
        assertEquals(105, r.scenario(0).p50());
    }

    @Test
    void contestDecidesEveryEvent() {
        FairScenario wins = FairScenario.of("w", Constant.of(2),
                FairVulnerability.contest(Distribution.pert(60, 70, 80), Distribution.pert(10, 20, 30)), Constant.of(5));
        FairScenario loses = FairScenario.of("l", Constant.of(2),
                FairVulnerability.contest(Distribution.pert(10, 20, 30), Distribution.pert(60, 70, 80)), Constant.of(5));
        for (AnnualLossModel model : AnnualLossModel.values()) {
            FairResult r = FairSimulation.builder().scenario(wins).scenario(loses).years(2_000).annualLossModel(model)
                    .build().run(9);
            assertEquals(10, r.scenario(0).mean(), model == AnnualLossModel.POISSON_EVENTS ? 1 : 1e-9);
            assertEquals(0, r.scenario(1).max());
        }
    }

    @Test
    void sameSeedSameResultOtherSeedOtherResult() {
        FairSimulation sim = many(3, 500).build();
        assertEquals(sim.run(42), sim.run(42));
        assertNotEquals(sim.run(42).portfolio(), sim.run(43).portfolio());
    }

    @Test
    void parallelRunEqualsSequentialRun() {
        FairSimulation sim = many(40, 300).annualLossModel(AnnualLossModel.POISSON_EVENTS).build();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            assertEquals(sim.run(5), sim.run(5, pool, 3));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void reportsProgressOncePerScenario() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        FairSimulation sim = many(20, 10).progressListener((done, total) -> {
            calls.incrementAndGet();
            last.set(done * 1000 + total);
        }).build();
        sim.run(1);
        assertEquals(20, calls.get());
        assertEquals(20_020, last.get());
    }

    @Test
    void cancellationStopsTheRun() {
        AtomicBoolean cancel = new AtomicBoolean();
        FairSimulation sim = many(40, 10).progressListener((done, total) -> cancel.set(done >= 5)).build();
        var e = assertThrows(CancellationException.class, () -> sim.run(1, Runnable::run, 1, cancel::get));
        assertEquals("FAIR simulation cancelled after 5 of 40 scenarios", e.getMessage());
    }

    @Test
    void listenerFailureAbortsTheRun() {
        FairSimulation sim = many(3, 10).progressListener((done, total) -> {
            throw new IllegalStateException("listener " + done);
        }).build();
        var e = assertThrows(IllegalStateException.class, () -> sim.run(1));
        assertEquals("listener 1", e.getMessage());
    }

    @Test
    void rejectedExecutionPropagates() {
        FairSimulation sim = many(2, 10).build();
        assertThrows(RejectedExecutionException.class, () -> sim.run(1, task -> {
            throw new RejectedExecutionException("full");
        }, 2));
    }

    @Test
    void exposesItsConfiguration() {
        FairSimulation sim = many(1, 10).exceedancePoints(1, 2).appetite(5).build();
        assertEquals(List.of(1.0, 2.0), sim.exceedancePoints());
        assertEquals(5, sim.appetite());
        assertEquals(10, sim.years());
        assertEquals(AnnualLossModel.LEF_TIMES_MAGNITUDE, sim.annualLossModel());
        assertEquals(1, sim.scenarios().size());
    }

    @Test
    void rejectsParallelismBelowOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> many(1, 10).build().run(1, Runnable::run, 0));
        assertEquals("parallelism must be >= 1 but was 0", e.getMessage());
    }

    @Test
    void rejectsYearsOutsideTheirRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> FairSimulation.builder().years(0));
        assertEquals("years must be 1..1000000 but was 0", e.getMessage());
        var huge = assertThrows(IllegalArgumentException.class,
                () -> FairSimulation.builder().years(Integer.MAX_VALUE));
        assertEquals("years must be 1..1000000 but was 2147483647", huge.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FairSimulation.builder().years(FairSimulation.MAX_YEARS + 1));
    }

    @Test
    void ordinaryInputsGiveTheResultsOfVersion01() {
        // Pinned from 0.1 (before the POISSON_EVENTS bound, cancellation within scenarios and in-order folding):
        // bit for bit, with the same seed.
        assertResult(AnnualLossModel.LEF_TIMES_MAGNITUDE, 1490222752, 3383676.263561221, 3.1855318559285704E7,
                3079134.013363569);
        assertResult(AnnualLossModel.POISSON_EVENTS, 811133201, 3436129.935738509, 6849697.73671901,
                3123898.2999203);
    }

    private static void assertResult(AnnualLossModel model, int hash, double mean, double p99, double contestMean) {
        FairSimulation.Builder b = FairSimulation.builder().years(3_000).annualLossModel(model)
                .exceedancePoints(1_000, 100_000).appetite(50_000);
        for (int i = 0; i < 20; i++) {
            b.scenario(uncertain(i));
        }
        b.scenario(FairScenario.of("contest", Distribution.pert(50, 400, 900),
                FairVulnerability.contest(Distribution.pert(20, 50, 90), Distribution.pert(30, 60, 80)),
                Distribution.logNormal90(1_000, 80_000)));
        FairResult r = b.build().run(20261129L);
        assertEquals(List.of(mean, p99, contestMean), List.of(r.portfolio().mean(), r.portfolio().p99(),
                r.scenario(20).mean()), model.name());
        assertEquals(hash, r.hashCode(), model.name());
    }

    @Test
    void cancellationStopsALongScenarioFromWithin() {
        AtomicInteger polls = new AtomicInteger();
        FairSimulation sim = FairSimulation.builder().scenario(uncertain(1)).years(200_000).build();
        var e = assertThrows(CancellationException.class,
                () -> sim.run(1, Runnable::run, 1, () -> polls.incrementAndGet() >= 2));
        assertEquals("FAIR simulation cancelled after 0 of 1 scenarios", e.getMessage());
        assertEquals(2, polls.get());
    }

    @Test
    void cancellationStopsAPoissonScenarioBetweenEvents() {
        AtomicInteger polls = new AtomicInteger();
        FairSimulation sim = FairSimulation.builder().scenario(constant(5_000, 1, 10)).years(2_000)
                .annualLossModel(AnnualLossModel.POISSON_EVENTS).build();
        assertThrows(CancellationException.class,
                () -> sim.run(1, Runnable::run, 1, () -> polls.incrementAndGet() >= 3));
        assertEquals(3, polls.get());
    }

    @Test
    void pollsCancellationRegularlyWithinAPoissonScenario() {
        AtomicInteger polls = new AtomicInteger();
        FairSimulation sim = FairSimulation.builder().scenario(constant(5_000, 1, 10)).years(400)
                .annualLossModel(AnnualLossModel.POISSON_EVENTS).build();
        sim.run(1, Runnable::run, 1, () -> polls.incrementAndGet() < 0);
        // at least once per 65,536 draws plus one year's events
        assertTrue(polls.get() >= 5_000 * 400 / (65_536 + AnnualLossModel.EXACT_EVENTS_PER_YEAR + 1),
                "polls " + polls.get());
    }

    @Test
    @Timeout(60)
    void cancellationEndsARunWhoseExecutorDropsItsTasks() {
        FairSimulation sim = many(2, 10).build();
        var e = assertThrows(CancellationException.class, () -> sim.run(1, task -> { }, 1, () -> true));
        assertEquals("FAIR simulation cancelled after 0 of 2 scenarios", e.getMessage());
    }

    @Test
    @Timeout(60)
    void oneStartedTaskFinishesTheRunWhenTheExecutorDropsTheOthers() {
        FairSimulation sim = many(40, 50).build();
        AtomicInteger submitted = new AtomicInteger();
        Executor firstOnly = task -> {
            if (submitted.getAndIncrement() == 0) {
                task.run();
            }
        };
        assertEquals(sim.run(7), sim.run(7, firstOnly, 3));
        assertEquals(3, submitted.get());
    }

    @Test
    void aFailingExecutorFailsTheRunAfterTheStartedTasksStop() {
        FairSimulation sim = many(40, 50).build();
        AtomicInteger submitted = new AtomicInteger();
        Executor failsSecond = task -> {
            if (submitted.getAndIncrement() > 0) {
                throw new IllegalStateException("executor shut down");
            }
            task.run();
        };
        var e = assertThrows(IllegalStateException.class, () -> sim.run(7, failsSecond, 3));
        assertEquals("executor shut down", e.getMessage());
    }

    @Test
    void rejectsNegativeAppetite() {
        var e = assertThrows(IllegalArgumentException.class, () -> FairSimulation.builder().appetite(-1));
        assertEquals("appetite must be >= 0 but was -1.0", e.getMessage());
    }

    @Test
    void rejectsUnorderedExceedancePoints() {
        var e = assertThrows(IllegalArgumentException.class, () -> FairSimulation.builder().exceedancePoints(2, 1));
        assertEquals("exceedancePoints must strictly increase but 1.0 follows 2.0", e.getMessage());
    }

    @Test
    void rejectsNaNExceedancePoint() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FairSimulation.builder().exceedancePoints(Double.NaN));
        assertEquals("exceedancePoints must be finite but was NaN", e.getMessage());
    }

    @Test
    void rejectsBuildWithoutScenario() {
        var e = assertThrows(IllegalStateException.class, () -> FairSimulation.builder().build());
        assertEquals("scenarios must be non-empty but none was added", e.getMessage());
    }
}
