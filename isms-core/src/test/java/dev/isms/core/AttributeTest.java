// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributeTest {

    @Test
    void vocabulariesHaveTheStandardsSizes() {
        assertEquals(3, Attribute.CONTROL_TYPE.vocabulary().size());
        assertEquals(3, Attribute.SECURITY_PROPERTY.vocabulary().size());
        assertEquals(5, Attribute.CYBERSECURITY_CONCEPT.vocabulary().size());
        assertEquals(15, Attribute.OPERATIONAL_CAPABILITY.vocabulary().size());
        assertEquals(4, Attribute.SECURITY_DOMAIN.vocabulary().size());
    }

    @Test
    void masksAreContiguousAndDisjoint() {
        int next = 0;
        long seen = 0;
        for (Attribute a : Attribute.values()) {
            assertEquals(next, a.offset());
            assertEquals(0, seen & a.mask());
            seen |= a.mask();
            next += a.vocabulary().size();
        }
        assertEquals(Attribute.BITS, next);
        assertEquals((1L << Attribute.BITS) - 1, seen);
    }

    @Test
    void bitsMapBackToValues() {
        for (Attribute a : Attribute.values()) {
            for (AttributeValue v : a.vocabulary()) {
                assertSame(v, Attribute.ofBit(Long.numberOfTrailingZeros(Attribute.bit(v))));
                assertSame(a, v.attribute());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Attribute.ofBit(-1));
    }

    @Test
    void tagNamesAreUniqueAcrossAttributes() {
        Set<String> names = new HashSet<>();
        for (Attribute a : Attribute.values()) {
            for (AttributeValue v : a.vocabulary()) {
                assertTrue(names.add(v.tagName().toLowerCase(java.util.Locale.ROOT)), v.tagName());
                assertSame(v, Attribute.parseAny(v.tag()));
                assertSame(v, a.parse(v.tagName().toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }

    @Test
    void parseRejectsValuesOfOtherAttributesListingTheVocabulary() {
        TextParseException e = assertThrows(TextParseException.class,
                () -> Attribute.CONTROL_TYPE.parse("#Integrity"));
        assertEquals("Control type must be one of #Preventive, #Detective, #Corrective but was '#Integrity'",
                e.getMessage());
        TextParseException any = assertThrows(TextParseException.class,
                () -> Attribute.parseAny("#Nope"));
        assertTrue(any.getMessage().contains("but was '#Nope'"));
        assertThrows(NullPointerException.class, () -> Attribute.parseAny(null));
    }

    @Test
    void labelsAreTheStandardsNames() {
        assertEquals("Cybersecurity concepts", Attribute.CYBERSECURITY_CONCEPT.label());
        assertEquals("Information security properties", Attribute.SECURITY_PROPERTY.label());
    }
}
