// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RiskMatrixProperties {

    @Provide
    Arbitrary<int[][]> grids() {
        return Arbitraries.integers().between(1, 7).flatMap(rows -> Arbitraries.integers().between(1, 7)
                .flatMap(cols -> Arbitraries.integers().between(0, 3).array(int[].class).ofSize(rows * cols)
                        .map(flat -> {
                            int[][] g = new int[rows][cols];
                            for (int i = 0; i < flat.length; i++) {
                                g[i / cols][i % cols] = flat[i];
                            }
                            return g;
                        })));
    }

    private static boolean monotonic(int[][] g) {
        for (int l = 0; l < g.length; l++) {
            for (int c = 0; c < g[0].length; c++) {
                if ((c > 0 && g[l][c] < g[l][c - 1]) || (l > 0 && g[l][c] < g[l - 1][c])) {
                    return false;
                }
            }
        }
        return true;
    }

    @Property
    void acceptsExactlyTheMonotonicGrids(@ForAll("grids") int[][] grid) {
        List<String> levels = List.of("L", "M", "H", "C");
        if (monotonic(grid)) {
            RiskMatrix m = RiskMatrix.of(levels, grid);
            for (int l = 1; l <= m.likelihoods(); l++) {
                for (int c = 1; c <= m.consequences(); c++) {
                    assertTrue(l == 1 || m.level(l, c) >= m.level(l - 1, c));
                    assertTrue(c == 1 || m.level(l, c) >= m.level(l, c - 1));
                }
            }
        } else {
            assertThrows(IllegalArgumentException.class, () -> RiskMatrix.of(levels, grid));
        }
    }

    @Property
    void productMatricesAreMonotonic(@ForAll @IntRange(min = 1, max = 9) int rows,
            @ForAll @IntRange(min = 1, max = 9) int cols, @ForAll @IntRange(min = 1, max = 80) int cut) {
        int top = rows * cols;
        List<RiskBand> bands = cut < top ? List.of(new RiskBand("Low", 1, cut), new RiskBand("High", cut + 1, top))
                : List.of(new RiskBand("Low", 1, top));
        RiskMatrix m = RiskMatrix.ofProduct(rows, cols, bands);
        for (int l = 1; l <= rows; l++) {
            for (int c = 1; c <= cols; c++) {
                assertTrue(m.levelName(m.level(l, c)).equals(l * c <= cut ? "Low" : "High"));
            }
        }
    }
}
