// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.cvss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CvssVersionTest {

    @Test
    void namesVersionAndPrefix() {
        assertEquals("3.1", CvssVersion.V3_1.text());
        assertEquals("CVSS:3.1", CvssVersion.V3_1.prefix());
        assertEquals("4.0", CvssVersion.V4_0.text());
        assertEquals("CVSS:4.0", CvssVersion.V4_0.prefix());
    }

    @Test
    void vectorsStartWithTheirVersionPrefix() {
        for (String vector : new String[] {
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}) {
            Cvss cvss = Cvss.parse(vector);
            assertEquals(true, cvss.vector().startsWith(cvss.version().prefix() + "/"));
        }
    }
}
