// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeadlineStatusTest {

    @Test
    void keysAreLowerCase() {
        assertEquals("overdue", DeadlineStatus.OVERDUE.key());
        assertEquals("upcoming", DeadlineStatus.UPCOMING.key());
    }
}
