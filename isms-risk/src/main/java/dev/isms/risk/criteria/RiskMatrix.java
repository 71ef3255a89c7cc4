// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A likelihood × consequence grid of risk levels (ISO/IEC 27005:2022 clause 7.3), of up to 100 × 100 cells, held as
 * data.
 *
 * <p>Cell (l, c) holds the rank of a risk level (0 lowest) for likelihood level l and consequence level c, both
 * counted from 1. Both axes and the risk levels have 1..{@value Scale#MAX_LEVELS} entries, as scales do. The grid
 * must be monotonic: a cell is never lower than the cell to its left or below it, so a
 * higher likelihood or consequence never lowers the risk. A look-up is one array read.
 *
 * <pre>{@code
 * RiskMatrix m = RiskMatrix.ofProduct(5, 5, List.of(new RiskBand("Low", 1, 4), new RiskBand("Medium", 5, 9),
 *         new RiskBand("High", 10, 16), new RiskBand("Critical", 17, 25)));
 * m.levelName(m.level(4, 3));   // "High"
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RiskMatrix {
    private final List<String> levels;
    private final int likelihoods;
    private final int consequences;
    private final int[] cells;

    private RiskMatrix(List<String> levels, int likelihoods, int consequences, int[] cells) {
        this.levels = levels;
        this.likelihoods = likelihoods;
        this.consequences = consequences;
        this.cells = cells;
    }

    /**
     * Creates a matrix from a grid of risk level ranks.
     *
     * @param levels the risk level names, lowest first; 1..{@value Scale#MAX_LEVELS}, unique
     * @param grid {@code grid[l - 1][c - 1]} is the rank for likelihood l and consequence c; rectangular, with
     *        1..{@value Scale#MAX_LEVELS} rows and columns
     * @return the matrix
     * @throws IllegalArgumentException if the grid is empty, too large or ragged, a rank is out of range or the
     *         grid is not monotonic; the message names the cell
     */
    public static RiskMatrix of(List<String> levels, int[][] grid) {
        List<String> names = checkLevels(levels);
        if (grid.length == 0 || grid[0].length == 0) {
            throw new IllegalArgumentException("risk matrix must have at least one row and one column");
        }
        int rows = grid.length;
        int cols = grid[0].length;
        checkSize(rows, cols);
        int[] cells = new int[rows * cols];
        for (int l = 0; l < rows; l++) {
            if (grid[l].length != cols) {
                throw new IllegalArgumentException("risk matrix rows must all have " + cols + " cells but row "
                        + (l + 1) + " has " + grid[l].length);
            }
            for (int c = 0; c < cols; c++) {
                int v = grid[l][c];
                if (v < 0 || v >= names.size()) {
                    throw new IllegalArgumentException("risk matrix cell (likelihood " + (l + 1) + ", consequence "
                            + (c + 1) + ") must be a level rank 0.." + (names.size() - 1) + " but was " + v);
                }
                cells[l * cols + c] = v;
            }
        }
        RiskMatrix m = new RiskMatrix(names, rows, cols, cells);
        m.checkMonotonic();
        return m;
    }

    /**
     * Creates a matrix from the formula likelihood × consequence and bands of its values.
     *
     * @param likelihoods the number of likelihood levels, 1..{@value Scale#MAX_LEVELS}
     * @param consequences the number of consequence levels, 1..{@value Scale#MAX_LEVELS}
     * @param bands bands covering 1..likelihoods × consequences in ascending order without gaps or overlaps; their
     *        levels, in order, become the risk levels
     * @return the matrix
     * @throws IllegalArgumentException if a size is out of range, or the bands leave a gap, overlap, or do not
     *         cover the range
     */
    public static RiskMatrix ofProduct(int likelihoods, int consequences, List<RiskBand> bands) {
        checkSize(likelihoods, consequences);
        int top = likelihoods * consequences;
        List<String> names = new ArrayList<>();
        int expected = 1;
        for (RiskBand b : bands) {
            if (b.min() != expected) {
                throw new IllegalArgumentException("risk bands must cover 1.." + top + " without gaps or overlaps"
                        + " but band " + Checks.quote(b.level()) + " starts at " + b.min() + " instead of " + expected);
            }
            if (b.max() > top) {
                throw new IllegalArgumentException("risk bands must cover 1.." + top + " but band "
                        + Checks.quote(b.level()) + " ends at " + b.max());
            }
            names.add(b.level());
            expected = b.max() + 1;
        }
        if (expected != top + 1) {
            throw new IllegalArgumentException("risk bands must cover 1.." + top + " but end at " + (expected - 1));
        }
        int[][] grid = new int[likelihoods][consequences];
        for (int l = 1; l <= likelihoods; l++) {
            for (int c = 1; c <= consequences; c++) {
                int v = l * c;
                for (int b = 0; b < bands.size(); b++) {
                    if (v <= bands.get(b).max()) {
                        grid[l - 1][c - 1] = b;
                        break;
                    }
                }
            }
        }
        return of(names, grid);
    }

    private static void checkSize(int likelihoods, int consequences) {
        if (likelihoods < 1 || likelihoods > Scale.MAX_LEVELS || consequences < 1
                || consequences > Scale.MAX_LEVELS) {
            throw new IllegalArgumentException("risk matrix size must be 1.." + Scale.MAX_LEVELS + " x 1.."
                    + Scale.MAX_LEVELS + " (likelihood x consequence levels) but was " + likelihoods + " x "
                    + consequences);
        }
    }

    private static List<String> checkLevels(List<String> levels) {
        List<String> names = List.copyOf(levels);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("risk matrix must have at least one risk level");
        }
        if (names.size() > Scale.MAX_LEVELS) {
            throw new IllegalArgumentException("risk matrix must have 1.." + Scale.MAX_LEVELS + " risk levels but has "
                    + names.size());
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (n.isBlank() || !seen.add(n)) {
                throw new IllegalArgumentException("risk level names must be unique and not blank but got "
                        + Checks.quote(n) + " in " + names.size() + " names");
            }
        }
        return names;
    }

    private void checkMonotonic() {
        for (int l = 0; l < likelihoods; l++) {
            for (int c = 0; c < consequences; c++) {
                int v = cells[l * consequences + c];
                if (c > 0 && v < cells[l * consequences + c - 1]) {
                    throw notMonotonic(l, c, "consequence");
                }
                if (l > 0 && v < cells[(l - 1) * consequences + c]) {
                    throw notMonotonic(l, c, "likelihood");
                }
            }
        }
    }

    private IllegalArgumentException notMonotonic(int l, int c, String axis) {
        return new IllegalArgumentException("risk matrix must not decrease as " + axis + " rises but cell"
                + " (likelihood " + (l + 1) + ", consequence " + (c + 1) + ") = " + levels.get(cells[l * consequences
                + c]) + " is below its neighbour with lower " + axis);
    }

    /** {@return the risk level names, lowest first} */
    public List<String> levels() {
        return levels;
    }

    /** {@return the number of likelihood levels (rows)} */
    public int likelihoods() {
        return likelihoods;
    }

    /** {@return the number of consequence levels (columns)} */
    public int consequences() {
        return consequences;
    }

    /**
     * Looks up a risk level.
     *
     * @param likelihood 1..{@link #likelihoods()}
     * @param consequence 1..{@link #consequences()}
     * @return the risk level's rank, 0 lowest
     * @throws IllegalArgumentException if an index is out of range, naming it
     */
    public int level(int likelihood, int consequence) {
        if (likelihood < 1 || likelihood > likelihoods) {
            throw new IllegalArgumentException("likelihood must be 1.." + likelihoods + " but was " + likelihood);
        }
        if (consequence < 1 || consequence > consequences) {
            throw new IllegalArgumentException("consequence must be 1.." + consequences + " but was " + consequence);
        }
        return cells[(likelihood - 1) * consequences + consequence - 1];
    }

    /**
     * Names a rank.
     *
     * @param rank 0..{@code levels().size() - 1}
     * @return the level name
     * @throws IllegalArgumentException if the rank is out of range, naming it
     */
    public String levelName(int rank) {
        if (rank < 0 || rank >= levels.size()) {
            throw new IllegalArgumentException("risk level rank must be 0.." + (levels.size() - 1) + " but was "
                    + rank);
        }
        return levels.get(rank);
    }

    /** {@return the grid as a new array, {@code [likelihood - 1][consequence - 1]}} */
    public int[][] toGrid() {
        int[][] grid = new int[likelihoods][];
        for (int l = 0; l < likelihoods; l++) {
            grid[l] = Arrays.copyOfRange(cells, l * consequences, (l + 1) * consequences);
        }
        return grid;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskMatrix && ((RiskMatrix) o).levels.equals(levels)
                && ((RiskMatrix) o).consequences == consequences && Arrays.equals(((RiskMatrix) o).cells, cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(levels, consequences, Arrays.hashCode(cells));
    }

    /** {@return the size and levels} */
    @Override
    public String toString() {
        return "RiskMatrix[" + likelihoods + "x" + consequences + ", " + levels + "]";
    }
}
