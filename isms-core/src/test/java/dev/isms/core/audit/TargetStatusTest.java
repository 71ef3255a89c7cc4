// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetStatusTest {

    @Test
    void keysAreHyphenated() {
        assertEquals("not-met", TargetStatus.NOT_MET.key());
        assertEquals("no-data", TargetStatus.NO_DATA.key());
    }
}
