// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CertificateStatusTest {

    @Test
    void keysAreHyphenated() {
        assertEquals("not-yet-valid", CertificateStatus.NOT_YET_VALID.key());
    }
}
