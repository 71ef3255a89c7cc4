// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeaverTest {

    @Test
    void rejectsABlankPersonAndANullDay() {
        assertEquals("leaver person must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> new Leaver("", LocalDate.of(2026, 1, 1))).getMessage());
        assertThrows(NullPointerException.class, () -> new Leaver("J. Doe", null));
    }
}
