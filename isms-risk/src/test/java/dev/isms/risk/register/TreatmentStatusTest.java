// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskFixtures;
import org.junit.jupiter.api.Test;

class TreatmentStatusTest {

    @Test
    void everyStatusButCancelledCountsForTheResidualRisk() {
        RiskRegister base = RiskFixtures.register().build();
        int current = base.profile("R-2").current().rank();
        for (TreatmentStatus status : TreatmentStatus.values()) {
            RiskRegister r = base.withTreatment(RiskTreatment.builder("T", "R-2", TreatmentOption.MODIFY)
                    .control(ControlEffect.likelihood(RiskFixtures.ref("8.8"), 1.0)).status(status).build());
            int residual = r.profile("R-2").residual().rank();
            if (status == TreatmentStatus.CANCELLED) {
                assertEquals(current, residual, status.toString());
            } else {
                assertTrue(residual < current, status.toString());
            }
        }
    }
}
