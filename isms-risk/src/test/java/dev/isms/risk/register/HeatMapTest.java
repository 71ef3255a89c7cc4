// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.Tier;
import org.junit.jupiter.api.Test;

class HeatMapTest {

    @Test
    void copiesAndCountsCells() {
        int[][] grid = {{1, 0}, {0, 2}};
        HeatMap h = new HeatMap(Tier.CURRENT, grid);
        grid[0][0] = 9;
        assertEquals(1, h.count(1, 1));
        assertEquals(2, h.count(2, 2));
        assertEquals(3, h.total());
        assertEquals(2, h.likelihoods());
        assertEquals(2, h.consequences());
        assertEquals("HeatMap[CURRENT]\n2 |  0  2\n1 |  1  0", h.toString());
        assertEquals(h, new HeatMap(Tier.CURRENT, new int[][] {{1, 0}, {0, 2}}));
        assertNotEquals(h, new HeatMap(Tier.INHERENT, new int[][] {{1, 0}, {0, 2}}));
    }

    @Test
    void rejectsTheTargetTier() {
        assertThrows(IllegalArgumentException.class, () -> new HeatMap(Tier.TARGET, new int[1][1]));
    }

    @Test
    void lookUpsOutsideTheGridNameTheAxisTheRangeAndTheValue() {
        HeatMap h = new HeatMap(Tier.INHERENT, new int[][] {{1, 0, 0}, {0, 2, 0}});
        assertEquals("likelihood must be 1..2 but was 0",
                assertThrows(IllegalArgumentException.class, () -> h.count(0, 0)).getMessage());
        assertEquals("consequence must be 1..3 but was 4",
                assertThrows(IllegalArgumentException.class, () -> h.count(2, 4)).getMessage());
    }

    @Test
    void rejectsEmptyRaggedNegativeOrOverflowingGrids() {
        assertEquals("heat map size must be 1..100 x 1..100 (likelihood x consequence levels) but was 0 x 0",
                assertThrows(IllegalArgumentException.class, () -> new HeatMap(Tier.CURRENT, new int[0][]))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HeatMap(Tier.CURRENT, new int[101][1]));
        assertEquals("heat map rows must all have 2 cells but row 2 has 1", assertThrows(
                IllegalArgumentException.class, () -> new HeatMap(Tier.CURRENT, new int[][] {{0, 0}, {0}}))
                .getMessage());
        assertEquals("heat map count (likelihood 1, consequence 2) must be >= 0 but was -1", assertThrows(
                IllegalArgumentException.class, () -> new HeatMap(Tier.CURRENT, new int[][] {{0, -1}}))
                .getMessage());
        assertEquals("heat map counts must add up to at most 2147483647 but add up to 4294967294", assertThrows(
                IllegalArgumentException.class, () -> new HeatMap(Tier.CURRENT,
                        new int[][] {{Integer.MAX_VALUE, Integer.MAX_VALUE}})).getMessage());
    }
}
