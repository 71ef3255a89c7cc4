// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import org.junit.jupiter.api.Test;

class SoaChangeTest {

    @Test
    void rejectsNullParts() {
        ControlId id = ControlId.parse("5.1");
        assertThrows(NullPointerException.class, () -> new SoaChange(null, SoaChange.Kind.ADDED, "", "x"));
        assertThrows(NullPointerException.class, () -> new SoaChange(id, null, "", "x"));
        assertThrows(NullPointerException.class, () -> new SoaChange(id, SoaChange.Kind.ADDED, null, "x"));
        assertThrows(NullPointerException.class, () -> new SoaChange(id, SoaChange.Kind.ADDED, "", null));
    }
}
