// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransitionStatusTest {

    @Test
    void keysAreHyphenated() {
        assertEquals("transition-required", TransitionStatus.TRANSITION_REQUIRED.key());
    }
}
