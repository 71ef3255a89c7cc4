// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlRef;
import org.junit.jupiter.api.Test;

class FindingSubjectTest {

    @Test
    void describesClausesControlsAndAppliedControls() {
        assertEquals("clause 9.2.2", FindingSubject.clause("9.2.2").describe());
        assertEquals("control iso27002:2022#8.7", FindingSubject.control(ControlRef.parse("iso27002:2022#8.7"))
                .describe());
        assertEquals("applied control AC-3", FindingSubject.appliedControl("AC-3").describe());
    }

    @Test
    void rejectsABlankAppliedControlId() {
        assertEquals("finding subject appliedControlId must not be blank but was ''", assertThrows(
                IllegalArgumentException.class, () -> FindingSubject.appliedControl("")).getMessage());
        assertThrows(NullPointerException.class, () -> FindingSubject.control(null));
    }
}
