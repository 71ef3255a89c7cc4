// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SecurityDomainTest {

    @Test
    void knowsItsHashtag() {
        assertEquals("#Governance_and_Ecosystem", SecurityDomain.GOVERNANCE_AND_ECOSYSTEM.tag());
        assertEquals("Governance_and_Ecosystem", SecurityDomain.GOVERNANCE_AND_ECOSYSTEM.tagName());
        assertEquals("Governance_and_Ecosystem".replace('_', ' '), SecurityDomain.GOVERNANCE_AND_ECOSYSTEM.label());
    }

    @Test
    void parsesWithOrWithoutHashIgnoringCase() {
        for (SecurityDomain v : SecurityDomain.values()) {
            assertSame(v, SecurityDomain.parse(v.tag()));
            assertSame(v, SecurityDomain.parse(v.tagName()));
            assertSame(v, SecurityDomain.parse(v.tag().toLowerCase(Locale.ROOT)));
            assertSame(v, SecurityDomain.parse(v.tagName().toUpperCase(Locale.ROOT)));
            assertSame(v.attribute().vocabulary().get(v.ordinal()), v);
        }
    }

    @Test
    void rejectsUnknownValuesNamingThem() {
        TextParseException e = assertThrows(TextParseException.class, () -> SecurityDomain.parse("Governance"));
        assertTrue(e.getMessage().contains("but was 'Governance'"), e.getMessage());
        assertTrue(e.getMessage().contains("#Governance_and_Ecosystem"), e.getMessage());
        assertThrows(TextParseException.class, () -> SecurityDomain.parse(""));
        assertThrows(TextParseException.class, () -> SecurityDomain.parse("##Governance_and_Ecosystem"));
        assertThrows(NullPointerException.class, () -> SecurityDomain.parse(null));
    }
}
