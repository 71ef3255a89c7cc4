// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApprovalTest {

    @Test
    void rejectsABlankApproverAndANullDate() {
        assertEquals("approval approvedBy must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> new Approval("", LocalDate.of(2026, 1, 1))).getMessage());
        assertThrows(NullPointerException.class, () -> new Approval("CEO", null));
    }
}
