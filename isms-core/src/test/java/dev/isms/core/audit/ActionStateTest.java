// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActionStateTest {

    @Test
    void keysAreLowerCase() {
        assertEquals("analysed", ActionState.ANALYSED.key());
        assertEquals("closed", ActionState.CLOSED.key());
    }
}
