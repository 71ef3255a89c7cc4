// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static dev.isms.risk.RiskFixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.ControlEffect;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskTreatmentTest {

    @Test
    void buildsWithDefaultsAndChangesStatus() {
        RiskTreatment t = RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY)
                .control(ControlEffect.likelihood(ref("8.7"), 0.5)).due(LocalDate.of(2027, 1, 31)).build();
        assertEquals(TreatmentStatus.PROPOSED, t.status());
        assertEquals(Optional.empty(), t.owner());
        assertEquals(TreatmentStatus.IMPLEMENTED, t.withStatus(TreatmentStatus.IMPLEMENTED).status());
        assertSame(t, t.withStatus(TreatmentStatus.PROPOSED));
    }

    @Test
    void optionsConstrainTheControls() {
        assertEquals("treatment 'T-1' option MODIFY must select at least one control", assertThrows(
                IllegalArgumentException.class, () -> RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY)
                        .build()).getMessage());
        assertEquals("treatment 'T-1' option RETAIN must select no controls but selects 1", assertThrows(
                IllegalArgumentException.class, () -> RiskTreatment.builder("T-1", "R-1", TreatmentOption.RETAIN)
                        .control(ControlEffect.likelihood(ref("8.7"), 0.5)).build()).getMessage());
        RiskTreatment share = RiskTreatment.builder("T-2", "R-1", TreatmentOption.SHARE).build();
        assertEquals(0, share.controls().size());
        assertThrows(IllegalArgumentException.class, () -> RiskTreatment.builder(" ", "R-1", TreatmentOption.AVOID)
                .build());
        assertThrows(IllegalArgumentException.class, () -> RiskTreatment.builder("T", "R-1", TreatmentOption.AVOID)
                .owner("").build());
    }
}
