// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnnualLossModelTest {

    @Test
    void bothModelsHaveTheSameExpectedLoss() {
        FairScenario scenario = FairScenario.of("s", Distribution.pert(1, 3, 8),
                FairVulnerability.direct(Distribution.pert(0.2, 0.5, 0.9)), Distribution.pert(100, 200, 900));
        double expected = scenario.threatEventFrequency().mean()
                * ((FairVulnerability.Direct) scenario.vulnerability()).probability().mean() * scenario.primaryLoss().mean();
        for (AnnualLossModel model : AnnualLossModel.values()) {
            FairResult result = FairSimulation.builder().scenario(scenario).years(20_000).annualLossModel(model)
                    .build().run(7);
            assertEquals(expected, result.scenario(0).mean(), expected * 0.03, model.name());
        }
    }

    @Test
    void busyYearsMatchTheMeanAndSpreadOfTheExactSumOnEitherSideOfTheEventBound() {
        BetaPert loss = Distribution.pert(100, 1_000, 5_000);
        for (double frequency : new double[] {9_000, 10_000, 50_000}) {
            FairScenario s = FairScenario.of("busy", Constant.of(frequency), FairVulnerability.direct(Constant.of(1)),
                    loss);
            int years = 1_000;
            LossSummary r = FairSimulation.builder().scenario(s).years(years)
                    .annualLossModel(AnnualLossModel.POISSON_EVENTS).build().run(3).scenario(0);
            double sd = Math.sqrt(frequency * (loss.variance() + loss.mean() * loss.mean()));
            assertEquals(frequency * loss.mean(), r.mean(), 4 * sd / Math.sqrt(years), "mean at " + frequency);
            assertEquals(2 * 1.2816 * sd, r.p90() - r.p10(), 0.12 * sd, "P90 - P10 at " + frequency);
        }
    }

    @Test
    void busyContestYearsUseTheEstimatedShareOfThreatEventsThatBecomeLossEvents() {
        Distribution same = Distribution.pert(10, 50, 90);
        FairScenario s = FairScenario.of("contest", Constant.of(40_000), FairVulnerability.contest(same, same),
                Constant.of(100));
        LossSummary r = FairSimulation.builder().scenario(s).years(500)
                .annualLossModel(AnnualLossModel.POISSON_EVENTS).build().run(5).scenario(0);
        assertEquals(0.5 * 40_000 * 100, r.mean(), 0.01 * 0.5 * 40_000 * 100);
    }

    @Test
    void frequenciesFarAboveTheEventBoundAreDrawnAtOnce() {
        FairScenario storm = FairScenario.of("storm", Constant.of(1e90), FairVulnerability.direct(Constant.of(1)),
                Distribution.pert(0, 1e-10, 2e-10));
        LossSummary r = FairSimulation.builder().scenario(storm).years(1_000)
                .annualLossModel(AnnualLossModel.POISSON_EVENTS).build().run(1).scenario(0);
        assertEquals(1e80, r.mean(), 1e74);
        assertEquals(1e80, r.min(), 1e74);
    }

    @Test
    void busyContestYearsWithSecondaryLossHaveTheSpreadOfTheCompoundSum() {
        BetaPert primary = Distribution.pert(100, 1_000, 5_000);
        BetaPert secondary = Distribution.pert(0, 1_000, 60_000);
        double p = 0.4;
        Distribution same = Distribution.pert(10, 50, 90);
        double threatEvents = 40_000;
        FairScenario s = new FairScenario("busy contest", Constant.of(threatEvents), FairVulnerability.contest(same,
                same), primary, Constant.of(p), secondary);
        int years = 2_000;
        LossSummary r = FairSimulation.builder().scenario(s).years(years)
                .annualLossModel(AnnualLossModel.POISSON_EVENTS).build().run(9).scenario(0);
        // one threat event's loss Y = I (PL + J SL), I ~ Bernoulli(1/2) (same TCap and RS), J ~ Bernoulli(p)
        double lossMean = primary.mean() + p * secondary.mean();
        double lossVariance = primary.variance() + p * secondary.variance()
                + p * (1 - p) * secondary.mean() * secondary.mean();
        double eventMean = 0.5 * lossMean;
        double eventSquare = 0.5 * (lossVariance + lossMean * lossMean);
        double sd = Math.sqrt(threatEvents * eventSquare); // compound Poisson: Var = rate * E[Y^2]
        assertEquals(threatEvents * eventMean, r.mean(), 4 * sd / Math.sqrt(years));
        assertEquals(2 * 1.2816 * sd, r.p90() - r.p10(), 0.08 * 2 * 1.2816 * sd);
    }
}
