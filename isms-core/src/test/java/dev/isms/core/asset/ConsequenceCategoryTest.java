// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsequenceCategoryTest {

    @Test
    void builtInsAndCustomCategoriesCompareById() {
        assertEquals(ConsequenceCategory.CONFIDENTIALITY, ConsequenceCategory.of("confidentiality"));
        assertEquals("financial", ConsequenceCategory.of("financial").toString());
        assertTrue(ConsequenceCategory.AVAILABILITY.compareTo(ConsequenceCategory.INTEGRITY) < 0);
    }

    @Test
    void rejectsMalformedIds() {
        assertEquals("consequence category must be 1..40 lower-case letters, digits and '-', starting with a letter,"
                + " but was 'Legal'", assertThrows(IllegalArgumentException.class,
                        () -> ConsequenceCategory.of("Legal")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConsequenceCategory.of(""));
        assertThrows(IllegalArgumentException.class, () -> ConsequenceCategory.of("1x"));
        assertThrows(IllegalArgumentException.class, () -> ConsequenceCategory.of("a b"));
        assertThrows(NullPointerException.class, () -> ConsequenceCategory.of(null));
    }

    @Test
    void acceptsUpTo40LowerCaseLettersDigitsAndHyphensFromTheEdgesOfEachRange() {
        String longest = "a" + "z09-".repeat(9) + "bcd";
        assertEquals(40, longest.length());
        assertEquals(longest, ConsequenceCategory.of(longest).id());
        assertEquals("z", ConsequenceCategory.of("z").id());
        for (String bad : List.of(longest + "e", "{", "`", "a{", "a`", "a/", "a:", "a_", "-a")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ConsequenceCategory.of(bad));
            assertTrue(e.getMessage().endsWith("but was " + "'" + bad + "'"), e.getMessage());
        }
    }
}
