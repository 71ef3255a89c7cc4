// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCoverageTest {

    @Test
    void isCompleteOnlyWhenNothingIsUncovered() {
        assertTrue(new AuditCoverage(List.of(), List.of()).isComplete());
        assertFalse(new AuditCoverage(List.of(ControlId.parse("9.3.1")), List.of()).isComplete());
    }
}
