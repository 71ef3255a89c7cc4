// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioBasisTest {

    @Test
    void listsWhatItRefersTo() {
        assertEquals(List.of("asset:A-1", "threat:T-1", "vulnerability:V-1"),
                ScenarioBasis.assetBased("A-1", "T-1", "V-1").references());
        assertEquals(List.of("source:S-1"), ScenarioBasis.eventBased("S-1", "Exfiltration").references());
    }

    @Test
    void rejectsBlankParts() {
        assertEquals("threatId must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> ScenarioBasis.assetBased("A", "", "V")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScenarioBasis.eventBased("S", " "));
    }
}
