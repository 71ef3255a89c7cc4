// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ControlAttributesTest {
    private final ControlAttributes a = ControlAttributes.of(SecurityDomain.PROTECTION, ControlType.PREVENTIVE,
            SecurityProperty.INTEGRITY, SecurityProperty.CONFIDENTIALITY, CybersecurityConcept.PROTECT,
            OperationalCapability.SECURE_CONFIGURATION);

    @Test
    void exposesEachAttributeInVocabularyOrder() {
        assertEquals(Set.of(ControlType.PREVENTIVE), a.controlTypes());
        assertEquals(List.of(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY),
                List.copyOf(a.securityProperties()));
        assertEquals(Set.of(CybersecurityConcept.PROTECT), a.cybersecurityConcepts());
        assertEquals(Set.of(OperationalCapability.SECURE_CONFIGURATION), a.operationalCapabilities());
        assertEquals(Set.of(SecurityDomain.PROTECTION), a.securityDomains());
        assertEquals(List.of(ControlType.PREVENTIVE, SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY,
                CybersecurityConcept.PROTECT, OperationalCapability.SECURE_CONFIGURATION, SecurityDomain.PROTECTION),
                a.values());
        assertEquals(List.of(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY),
                a.values(Attribute.SECURITY_PROPERTY));
    }

    @Test
    void setsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> a.controlTypes().add(ControlType.DETECTIVE));
        assertThrows(UnsupportedOperationException.class, () -> a.values().clear());
    }

    @Test
    void hasAndWith() {
        assertTrue(a.has(ControlType.PREVENTIVE));
        assertFalse(a.has(ControlType.DETECTIVE));
        ControlAttributes b = a.with(ControlType.DETECTIVE);
        assertTrue(b.has(ControlType.DETECTIVE));
        assertFalse(a.has(ControlType.DETECTIVE));
        assertSame(a, a.with(ControlType.PREVENTIVE));
    }

    @Test
    void noneIsEmpty() {
        assertTrue(ControlAttributes.none().isEmpty());
        assertSame(ControlAttributes.none(), ControlAttributes.of());
        assertEquals("", ControlAttributes.none().toString());
        assertFalse(a.isEmpty());
    }

    @Test
    void equalityIsByValueRegardlessOfOrderOrDuplicates() {
        ControlAttributes b = ControlAttributes.of(List.of(OperationalCapability.SECURE_CONFIGURATION,
                SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY, SecurityDomain.PROTECTION,
                ControlType.PREVENTIVE, ControlType.PREVENTIVE, CybersecurityConcept.PROTECT));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, ControlAttributes.none());
        assertNotEquals(a, "a");
    }

    @Test
    void printsHashtags() {
        assertEquals("#Preventive #Confidentiality #Integrity #Protect #Secure_configuration #Protection",
                a.toString());
    }

    @Test
    void rejectsNullValues() {
        assertThrows(NullPointerException.class, () -> ControlAttributes.of((AttributeValue) null));
        assertThrows(NullPointerException.class, () -> ControlAttributes.of((List<AttributeValue>) null));
    }
}
