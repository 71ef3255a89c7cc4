// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApplicabilityTest {

    @Test
    void keysAreLowerCaseNames() {
        assertEquals("applicable", Applicability.APPLICABLE.key());
        assertEquals("excluded", Applicability.EXCLUDED.key());
        assertEquals("undecided", Applicability.UNDECIDED.key());
    }
}
