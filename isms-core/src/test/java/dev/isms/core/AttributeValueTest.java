// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class AttributeValueTest {

    @Test
    void defaultsDeriveTagAndLabelFromTheTagName() {
        AttributeValue v = OperationalCapability.THREAT_AND_VULNERABILITY_MANAGEMENT;
        assertEquals("Threat_and_vulnerability_management", v.tagName());
        assertEquals("#Threat_and_vulnerability_management", v.tag());
        assertEquals("Threat and vulnerability management", v.label());
        assertSame(Attribute.OPERATIONAL_CAPABILITY, v.attribute());
    }

    @Test
    void everyValueBelongsToTheAttributeListingIt() {
        for (Attribute a : Attribute.values()) {
            for (int i = 0; i < a.vocabulary().size(); i++) {
                AttributeValue v = a.vocabulary().get(i);
                assertSame(a, v.attribute());
                assertEquals(i, v.ordinal());
            }
        }
    }
}
