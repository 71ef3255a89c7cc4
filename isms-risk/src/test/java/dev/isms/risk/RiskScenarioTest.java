// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static dev.isms.risk.RiskFixtures.A;
import static dev.isms.risk.RiskFixtures.C;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskScenarioTest {

    @Test
    void assetBasedScenariosAffectTheirAsset() {
        RiskScenario s = RiskFixtures.ransomware();
        assertEquals(List.of("A-1"), s.affectedAssets());
        assertEquals(Map.of(A, 5, C, 3), s.consequences());
        assertEquals(Optional.of("CIO"), s.owner());
        assertEquals(Optional.empty(), s.targetLevel());
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void eventBasedScenariosListAffectedAssetsOnce() {
        RiskScenario s = RiskFixtures.leak().toBuilder().affects("A-1", "A-2").build();
        assertEquals(List.of("A-1", "A-2"), s.affectedAssets());
    }

    @Test
    void rejectsBadLevelsAndMissingConsequences() {
        ScenarioBasis b = ScenarioBasis.eventBased("S-1", "e");
        assertEquals("scenario 'R' likelihood must be >= 1 but was 0", assertThrows(IllegalArgumentException.class,
                () -> RiskScenario.builder("R", "t", b).consequence(C, 1).build()).getMessage());
        assertEquals("scenario 'R' must have a consequence in at least one category", assertThrows(
                IllegalArgumentException.class, () -> RiskScenario.builder("R", "t", b).likelihood(1).build())
                .getMessage());
        assertEquals("scenario 'R' consequence for confidentiality must be >= 1 but was 0", assertThrows(
                IllegalArgumentException.class, () -> RiskScenario.builder("R", "t", b).likelihood(1)
                        .consequence(C, 0).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskScenario.builder("R", "t", b).likelihood(1)
                .consequence(C, 1).affects(" ").build());
        assertThrows(IllegalArgumentException.class, () -> RiskScenario.builder("R", "t", b).likelihood(1)
                .consequence(C, 1).owner("").build());
        assertThrows(NullPointerException.class, () -> RiskScenario.builder("R", "t", null).likelihood(1)
                .consequence(C, 1).build());
    }
}
