// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentedInformationTest {
    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    @Test
    void isOutOfDateAfterItsNextReviewDay() {
        DocumentedInformation d = DocumentedInformation.of("4.3", "ISMS scope", "CISO", D);
        assertFalse(d.isOutOfDate(D));
        assertTrue(d.isOutOfDate(D.plusDays(1)));
    }

    @Test
    void rejectsABlankTitleOrOwnerNamingTheDocument() {
        assertEquals("documented information title must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> DocumentedInformation.of("4.3", "", "CISO", D)).getMessage());
        assertEquals("documented information 'ISMS scope' owner must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> DocumentedInformation.of("4.3", "ISMS scope", " ", D))
                .getMessage());
        assertThrows(NullPointerException.class, () -> DocumentedInformation.of("4.3", "ISMS scope", "CISO", null));
    }
}
