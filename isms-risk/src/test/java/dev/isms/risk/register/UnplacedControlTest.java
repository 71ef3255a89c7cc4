// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static dev.isms.risk.RiskFixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnplacedControlTest {

    @Test
    void copiesItsScenarioIds() {
        List<String> ids = new ArrayList<>(List.of("R-1"));
        UnplacedControl u = new UnplacedControl(ref("8.7"), ids, "why");
        ids.add("R-2");
        assertEquals(List.of("R-1"), u.scenarioIds());
    }

    @Test
    void rejectsNoScenarioNamingTheControl() {
        assertEquals("unplaced control iso27002:2022#8.7 scenarioIds must name at least one scenario but was empty",
                assertThrows(IllegalArgumentException.class,
                        () -> new UnplacedControl(ref("8.7"), List.of(), "why")).getMessage());
    }

    @Test
    void rejectsRepeatedOrBlankScenarioIdsAndABlankReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new UnplacedControl(ref("8.7"),
                List.of("R-1", "R-1"), "why")).getMessage().contains("scenarioIds must not repeat but was '[R-1, R-1]'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new UnplacedControl(ref("8.7"),
                List.of(" "), "why")).getMessage().contains("unplaced control iso27002:2022#8.7 scenarioId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new UnplacedControl(ref("8.7"),
                List.of("R-1"), "")).getMessage().contains("unplaced control iso27002:2022#8.7 reason"));
        assertEquals("unplaced control", assertThrows(NullPointerException.class,
                () -> new UnplacedControl(null, List.of("R-1"), "why")).getMessage());
    }
}
