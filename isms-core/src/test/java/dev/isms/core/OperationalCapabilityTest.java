// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OperationalCapabilityTest {

    @Test
    void knowsItsHashtag() {
        assertEquals("#Asset_management", OperationalCapability.ASSET_MANAGEMENT.tag());
        assertEquals("Asset_management", OperationalCapability.ASSET_MANAGEMENT.tagName());
        assertEquals("Asset_management".replace('_', ' '), OperationalCapability.ASSET_MANAGEMENT.label());
    }

    @Test
    void parsesWithOrWithoutHashIgnoringCase() {
        for (OperationalCapability v : OperationalCapability.values()) {
            assertSame(v, OperationalCapability.parse(v.tag()));
            assertSame(v, OperationalCapability.parse(v.tagName()));
            assertSame(v, OperationalCapability.parse(v.tag().toLowerCase(Locale.ROOT)));
            assertSame(v, OperationalCapability.parse(v.tagName().toUpperCase(Locale.ROOT)));
            assertSame(v.attribute().vocabulary().get(v.ordinal()), v);
        }
    }

    @Test
    void rejectsUnknownValuesNamingThem() {
        TextParseException e = assertThrows(TextParseException.class, () -> OperationalCapability.parse("Asset_mgmt"));
        assertTrue(e.getMessage().contains("but was 'Asset_mgmt'"), e.getMessage());
        assertTrue(e.getMessage().contains("#Asset_management"), e.getMessage());
        assertThrows(TextParseException.class, () -> OperationalCapability.parse(""));
        assertThrows(TextParseException.class, () -> OperationalCapability.parse("##Asset_management"));
        assertThrows(NullPointerException.class, () -> OperationalCapability.parse(null));
    }
}
