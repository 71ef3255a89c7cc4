// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlGroup;
import dev.isms.core.ControlId;
import org.junit.jupiter.api.Test;

class OscalIdsTest {
    @Test
    void tokensStayOthersGetTheCataloguePrefix() {
        assertEquals("A.5.1.1", OscalIds.of("iso27001:2013", "A.5.1.1"));
        assertEquals("ac-2.1", OscalIds.of("nist", "ac-2.1"));
        assertEquals("iso27002-2022-5.1", OscalIds.of("iso27002:2022", "5.1"));
        assertEquals("c27002-2022-5.1", OscalIds.of("27002:2022", "5.1"));
        assertEquals("x-1-a_1_", OscalIds.of("x:1", "a(1)"));
        assertEquals("x-Access_control", OscalIds.of("x", "Access control"));
    }

    @Test
    void repeatedIdsInOneDocumentGetASuffixInDocumentOrder() {
        Catalog c = Catalog.builder("x", "X").group(ControlGroup.of("a(1)", "G", "k"))
                .control(Control.of("a_1_", "Token control").withGroup("a(1)"))
                .control(Control.of("x-a_1_", "Prefixed").withGroup("a(1)")).build();
        OscalIds ids = OscalIds.assign(c);
        assertEquals("x-a_1_", ids.group("a(1)"));
        assertEquals("a_1_", ids.control(ControlId.parse("a_1_")));
        assertEquals("x-a_1__2", ids.control(ControlId.parse("x-a_1_")));
    }
}
