// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskFixtures;
import org.junit.jupiter.api.Test;

class TreatmentOptionTest {

    @Test
    void retainingChangesNothingWhileSharingLowersConsequence() {
        RiskRegister base = RiskFixtures.register().build();
        RiskRegister retained = base.withTreatment(RiskTreatment.builder("T-r", "R-2", TreatmentOption.RETAIN).build());
        assertEquals(base.profile("R-2").current().rank(), retained.profile("R-2").residual().rank());
        RiskRegister shared = base.withTreatment(RiskTreatment.builder("T-s", "R-2", TreatmentOption.SHARE)
                .control(ControlEffect.consequence(RiskFixtures.ref("5.15"), 1.0)).build());
        assertEquals(1, (int) shared.profile("R-2").residual().consequences().get(RiskFixtures.C));
    }
}
