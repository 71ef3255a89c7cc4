// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossTabTest {
    private final CrossTab table = TestCatalogs.small().statistics()
            .crossTab(Attribute.CONTROL_TYPE, Attribute.SECURITY_PROPERTY);

    @Test
    void exposesItsAxes() {
        assertEquals(Attribute.CONTROL_TYPE, table.rowAttribute());
        assertEquals(Attribute.SECURITY_PROPERTY, table.columnAttribute());
        assertEquals(Attribute.CONTROL_TYPE.vocabulary(), table.rows());
        assertEquals(Attribute.SECURITY_PROPERTY.vocabulary(), table.columns());
    }

    @Test
    void cellsCountControlsWithBothValues() {
        assertEquals(3, table.count(ControlType.PREVENTIVE, SecurityProperty.CONFIDENTIALITY));
        assertEquals(2, table.count(ControlType.DETECTIVE, SecurityProperty.INTEGRITY));
        assertEquals(1, table.count(ControlType.DETECTIVE, SecurityProperty.AVAILABILITY));
    }

    @Test
    void rejectsValuesOfOtherAttributes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> table.count(SecurityProperty.INTEGRITY, SecurityProperty.INTEGRITY));
        assertEquals("row must be a value of Control type but was #Integrity", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> table.count(ControlType.PREVENTIVE, ControlType.PREVENTIVE));
    }

    @Test
    void equalTablesAreEqual() {
        CrossTab again = TestCatalogs.small().statistics().crossTab(Attribute.CONTROL_TYPE, Attribute.SECURITY_PROPERTY);
        assertEquals(table, again);
        assertEquals(table.hashCode(), again.hashCode());
        assertNotEquals(table, TestCatalogs.small().statistics().crossTab(Attribute.CONTROL_TYPE,
                Attribute.SECURITY_DOMAIN));
        assertNotEquals(table, table.toString());
    }

    @Test
    void printsAnAlignedTable() {
        String text = table.toString();
        assertTrue(text.startsWith("           Confidentiality Integrity Availability\nPreventive"), text);
        assertEquals(4, text.split("\n").length);
    }
}
