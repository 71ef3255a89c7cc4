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
}
