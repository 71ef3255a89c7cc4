// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.oscal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {
    @Test
    void tokensStartWithALetterOrUnderscoreThenAllowDigitsDotsAndHyphens() {
        for (String token : List.of("a", "_", "ac-2.1", "A_b", "\u00e9t\u00e9", "x\u0663", "\ud835\udc00b")) {
            assertTrue(Cursor.isToken(token), token);
        }
        for (String other : List.of("", "1a", "-a", ".a", "a b", "a:b", "a/b", "a#1")) {
            assertFalse(Cursor.isToken(other), other);
        }
    }
}
