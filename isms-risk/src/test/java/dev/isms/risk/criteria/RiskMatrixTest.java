// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.risk.RiskFixtures;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {
    private final RiskMatrix m = RiskFixtures.matrix5x5();

    @Test
    void productBandsGiveTheClassicFiveByFive() {
        assertEquals("Low", m.levelName(m.level(1, 4)));
        assertEquals("Medium", m.levelName(m.level(1, 5)));
        assertEquals("Medium", m.levelName(m.level(3, 3)));
        assertEquals("High", m.levelName(m.level(4, 3)));
        assertEquals("Critical", m.levelName(m.level(5, 4)));
        assertEquals(5, m.likelihoods());
        assertEquals(5, m.consequences());
        assertEquals(List.of("Low", "Medium", "High", "Critical"), m.levels());
    }

    @Test
    void gridsOfAnySizeRoundTrip() {
        int[][] grid = {{0, 0, 1}, {0, 1, 2}};
        RiskMatrix r = RiskMatrix.of(List.of("L", "M", "H"), grid);
        assertArrayEquals(grid[1], r.toGrid()[1]);
        assertEquals(r, RiskMatrix.of(List.of("L", "M", "H"), r.toGrid()));
        assertEquals(r.hashCode(), RiskMatrix.of(List.of("L", "M", "H"), r.toGrid()).hashCode());
        assertNotEquals(r, m);
        assertEquals("RiskMatrix[2x3, [L, M, H]]", r.toString());
    }

    @Test
    void rejectsNonMonotonicGridsNamingTheCell() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RiskMatrix.of(List.of("L", "H"), new int[][] {{0, 1}, {1, 0}}));
        assertEquals("risk matrix must not decrease as consequence rises but cell (likelihood 2, consequence 2) = L"
                + " is below its neighbour with lower consequence", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.of(List.of("L", "H"), new int[][] {{1}, {0}}));
    }

    @Test
    void rejectsBadShapesAndRanks() {
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.of(List.of("L"), new int[0][]));
        assertEquals("risk matrix rows must all have 2 cells but row 2 has 1", assertThrows(
                IllegalArgumentException.class, () -> RiskMatrix.of(List.of("L"), new int[][] {{0, 0}, {0}}))
                .getMessage());
        assertEquals("risk matrix cell (likelihood 1, consequence 1) must be a level rank 0..0 but was 1",
                assertThrows(IllegalArgumentException.class, () -> RiskMatrix.of(List.of("L"), new int[][] {{1}}))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.of(List.of(), new int[][] {{0}}));
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.of(List.of("L", "L"), new int[][] {{0}}));
    }

    @Test
    void rejectsBandsWithGapsOverlapsOrShortCoverage() {
        assertEquals("risk bands must cover 1..4 without gaps or overlaps but band 'H' starts at 3 instead of 2",
                assertThrows(IllegalArgumentException.class, () -> RiskMatrix.ofProduct(2, 2,
                        List.of(new RiskBand("L", 1, 1), new RiskBand("H", 3, 4)))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.ofProduct(2, 2,
                List.of(new RiskBand("L", 1, 2), new RiskBand("H", 2, 4))));
        assertEquals("risk bands must cover 1..4 but end at 3", assertThrows(IllegalArgumentException.class,
                () -> RiskMatrix.ofProduct(2, 2, List.of(new RiskBand("L", 1, 3)))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.ofProduct(0, 2, List.of()));
    }

    @Test
    void lookUpsNameTheAxisOutOfRange() {
        assertEquals("likelihood must be 1..5 but was 7",
                assertThrows(IllegalArgumentException.class, () -> m.level(7, 1)).getMessage());
        assertEquals("consequence must be 1..5 but was 0",
                assertThrows(IllegalArgumentException.class, () -> m.level(1, 0)).getMessage());
    }

    @Test
    void rejectsSizesBeyondWhatAPersonDefinesWithoutOverflowing() {
        assertEquals("risk matrix size must be 1..100 x 1..100 (likelihood x consequence levels) but was 46341 x"
                + " 46341", assertThrows(IllegalArgumentException.class, () -> RiskMatrix.ofProduct(46_341, 46_341,
                        List.of(new RiskBand("L", 1, 10)))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.ofProduct(65_537, 65_537,
                List.of(new RiskBand("L", 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.ofProduct(1, 101,
                List.of(new RiskBand("L", 1, 101))));
        RiskMatrix largest = RiskMatrix.ofProduct(100, 100, List.of(new RiskBand("L", 1, 9_999),
                new RiskBand("H", 10_000, 10_000)));
        assertEquals("H", largest.levelName(largest.level(100, 100)));
        assertThrows(IllegalArgumentException.class, () -> RiskMatrix.of(List.of("L"), new int[101][1]));
    }

    @Test
    void rejectsMoreThanAHundredRiskLevelsAndBandsBeyondTheTop() {
        List<String> levels = IntStream.range(0, 101).mapToObj(i -> "R" + i).toList();
        assertEquals("risk matrix must have 1..100 risk levels but has 101",
                assertThrows(IllegalArgumentException.class, () -> RiskMatrix.of(levels, new int[][] {{0}}))
                        .getMessage());
        assertEquals("risk bands must cover 1..4 but band 'H' ends at 2147483647", assertThrows(
                IllegalArgumentException.class, () -> RiskMatrix.ofProduct(2, 2, List.of(new RiskBand("L", 1, 1),
                        new RiskBand("H", 2, Integer.MAX_VALUE)))).getMessage());
    }

    @Test
    void namingAnUnknownRankNamesTheRange() {
        assertEquals("Critical", m.levelName(3));
        assertEquals("risk level rank must be 0..3 but was 9",
                assertThrows(IllegalArgumentException.class, () -> m.levelName(9)).getMessage());
        assertEquals("risk level rank must be 0..3 but was -1",
                assertThrows(IllegalArgumentException.class, () -> m.levelName(-1)).getMessage());
    }
}
