// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OscalRiskTest {
    private final OscalRisk risk = OscalRisk.of("R-7", "Ransomware", "4", "5");

    @Test
    void ofUsesTheTitleAsStatementAndNamesNoControl() {
        assertEquals("Ransomware", risk.statement());
        assertEquals(List.of(), risk.controls());
    }

    @Test
    void withChangesOnlyThatPart() {
        OscalRisk r = risk.withStatement("Encrypts the file servers.\nBackups too.")
                .withControls(List.of(ControlId.parse("8.13")));
        assertEquals(new OscalRisk("R-7", "Ransomware", "Encrypts the file servers.\nBackups too.", "4", "5",
                List.of(ControlId.parse("8.13"))), r);
    }

    @Test
    void rejectsBlankTextsAndRepeatedControls() {
        assertEquals("risk id must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> OscalRisk.of("", "t", "1", "1")).getMessage());
        assertEquals("risk 'R-1' likelihood must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> OscalRisk.of("R-1", "t", " ", "1")).getMessage());
        assertEquals("risk 'R-1' impact must not contain control character U+000A (at index 1) but was '1\\n'",
                assertThrows(IllegalArgumentException.class, () -> OscalRisk.of("R-1", "t", "1", "1\n"))
                        .getMessage());
        assertEquals("risk 'R-7' statement must not be blank but was '\\n'", assertThrows(
                IllegalArgumentException.class, () -> risk.withStatement("\n")).getMessage());
        ControlId c = ControlId.parse("8.13");
        assertEquals("risk 'R-7' controls must not repeat a control but were [8.13, 8.13]", assertThrows(
                IllegalArgumentException.class, () -> risk.withControls(List.of(c, c))).getMessage());
        assertThrows(NullPointerException.class, () -> risk.withControls(null));
        assertThrows(NullPointerException.class, () -> OscalRisk.of("R-1", null, "1", "1"));
    }
}
