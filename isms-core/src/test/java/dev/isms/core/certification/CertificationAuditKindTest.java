// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CertificationAuditKindTest {

    @Test
    void keysAreHyphenated() {
        assertEquals("stage-1", CertificationAuditKind.STAGE_1.key());
        assertEquals("surveillance-2", CertificationAuditKind.SURVEILLANCE_2.key());
    }
}
