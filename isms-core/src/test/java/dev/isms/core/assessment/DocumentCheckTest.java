// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.requirement.Requirement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCheckTest {

    @Test
    void rejectsAStatusThatContradictsTheDocuments() {
        Requirement r = Requirement.of("4.3", "Scope");
        assertEquals("document check 4.3 status must be missing exactly when no document is held but was present with"
                + " 0 documents", assertThrows(IllegalArgumentException.class,
                        () -> new DocumentCheck(r, DocumentStatus.PRESENT, List.of())).getMessage());
        DocumentedInformation d = DocumentedInformation.of("4.3", "Scope", "CISO", LocalDate.of(2026, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new DocumentCheck(r, DocumentStatus.MISSING, List.of(d)));
    }
}
