// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LimitsTest {
    private static final int MAX = Integer.MAX_VALUE - 8;

    private static String rejected(long bytes, int depth, int length) {
        return assertThrows(IllegalArgumentException.class, () -> new Limits(bytes, depth, length)).getMessage();
    }

    @Test
    void acceptsTheBoundsOfEachRange() {
        assertEquals(1, new Limits(1, 1, 1).maxDocumentBytes());
        Limits widest = new Limits(MAX, 10_000, MAX);
        assertEquals(MAX, widest.maxDocumentBytes());
        assertEquals(10_000, widest.maxNestingDepth());
        assertEquals(MAX, widest.maxStringLength());
    }

    @Test
    void rejectsValuesJustOutsideNamingTheFieldRangeAndValue() {
        assertEquals("maxDocumentBytes must be 1.." + MAX + " but was 0", rejected(0, 1, 1));
        assertEquals("maxDocumentBytes must be 1.." + MAX + " but was " + (MAX + 1L), rejected(MAX + 1L, 1, 1));
        assertEquals("maxNestingDepth must be 1..10000 but was 0", rejected(1, 0, 1));
        assertEquals("maxNestingDepth must be 1..10000 but was 10001", rejected(1, 10_001, 1));
        assertEquals("maxStringLength must be 1.." + MAX + " but was 0", rejected(1, 1, 0));
        assertEquals("maxStringLength must be 1.." + MAX + " but was " + (MAX + 1), rejected(1, 1, MAX + 1));
    }
}
