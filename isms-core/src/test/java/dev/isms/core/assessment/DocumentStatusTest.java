// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentStatusTest {

    @Test
    void keysAreHyphenated() {
        assertEquals("out-of-date", DocumentStatus.OUT_OF_DATE.key());
        assertEquals("missing", DocumentStatus.MISSING.key());
    }
}
