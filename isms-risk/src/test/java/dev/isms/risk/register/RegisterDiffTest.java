// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskFixtures;
import dev.isms.risk.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterDiffTest {

    @Test
    void reportsAddedRemovedModifiedAndLevelChanges() {
        RiskRegister v1 = RiskFixtures.register().build();
        RiskRegister v2 = v1.withScenario(RiskFixtures.leak().toBuilder().likelihood(1).build()).withoutScenario("R-1");
        RegisterDiff d = v2.diff(v1);
        assertEquals(1, d.fromVersion());
        assertEquals(3, d.toVersion());
        assertEquals(List.of(), d.added());
        assertEquals(List.of("R-1"), d.removed());
        assertEquals(List.of("R-2"), d.modified());
        assertTrue(d.levelChanges().contains(new RegisterDiff.LevelChange("R-2", Tier.INHERENT, "Critical", "High")),
                d.levelChanges().toString());
        RegisterDiff back = v1.diff(v2);
        assertEquals(List.of("R-1"), back.added());
        assertTrue(v1.diff(v1).isEmpty());
    }
}
