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
}
