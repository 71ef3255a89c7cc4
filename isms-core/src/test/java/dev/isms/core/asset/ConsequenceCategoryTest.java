// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
