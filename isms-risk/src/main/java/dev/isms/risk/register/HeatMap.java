// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.RiskProfile;
import dev.isms.risk.Tier;
import dev.isms.risk.TierAssessment;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.Scale;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * How many scenarios sit in each likelihood × consequence cell at one tier. A scenario is placed at its
 * likelihood and the consequence level of the category that sets its risk level (the worst one).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HeatMap {
    private final Tier tier;
    private final int[][] counts;

    /**
     * Creates a heat map.
     *
     * @param tier the tier counted, not {@link Tier#TARGET}
     * @param counts {@code counts[likelihood - 1][consequence - 1]}: rectangular, 1..{@value Scale#MAX_LEVELS}
     *        rows and columns, no negative count, adding up to at most {@link Integer#MAX_VALUE}; copied
     * @throws IllegalArgumentException if the tier is {@link Tier#TARGET} or the counts break a rule, naming it
     */
    public HeatMap(Tier tier, int[][] counts) {
        this.tier = Objects.requireNonNull(tier, "tier");
        if (tier == Tier.TARGET) {
            throw new IllegalArgumentException("heat map tier must be INHERENT, CURRENT or RESIDUAL but was TARGET");
        }
        this.counts = copyOf(counts);
        checkCounts(this.counts);
    }

    private static int[][] copyOf(int[][] counts) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        if (rows < 1 || rows > Scale.MAX_LEVELS || cols < 1 || cols > Scale.MAX_LEVELS) {
            throw new IllegalArgumentException("heat map size must be 1.." + Scale.MAX_LEVELS + " x 1.."
                    + Scale.MAX_LEVELS + " (likelihood x consequence levels) but was " + rows + " x " + cols);
        }
        int[][] copy = new int[rows][];
        for (int i = 0; i < rows; i++) {
            copy[i] = counts[i].clone();
            if (copy[i].length != cols) {
                throw new IllegalArgumentException("heat map rows must all have " + cols + " cells but row " + (i + 1)
                        + " has " + copy[i].length);
            }
        }
        return copy;
    }

    private static void checkCounts(int[][] counts) {
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("heat map count (likelihood " + (i + 1) + ", consequence "
                            + (j + 1) + ") must be >= 0 but was " + counts[i][j]);
                }
                total += counts[i][j];
            }
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("heat map counts must add up to at most " + Integer.MAX_VALUE
                    + " but add up to " + total);
        }
    }

    /** Counts the profiles' cells at a tier: a profile sits at its likelihood and its worst category's consequence. */
    static HeatMap of(Tier tier, RiskCriteria criteria, Collection<RiskProfile> profiles) {
        if (tier == Tier.TARGET) {
            throw new IllegalArgumentException("heat map tier must be INHERENT, CURRENT or RESIDUAL but was TARGET");
        }
        int cols = criteria.consequence().size();
        for (Scale s : criteria.categoryScales().values()) {
            cols = Math.max(cols, s.size());
        }
        int[][] counts = new int[criteria.likelihood().size()][cols];
        for (RiskProfile p : profiles) {
            TierAssessment t = p.tier(tier);
            int l = t.likelihood().getAsInt();
            int worst = 0;
            for (Map.Entry<ConsequenceCategory, Integer> e : t.consequences().entrySet()) {
                if (criteria.level(l, e.getKey(), e.getValue()) == t.rank()) {
                    worst = Math.max(worst, e.getValue());
                }
            }
            counts[l - 1][worst - 1]++;
        }
        return new HeatMap(tier, counts);
    }

    /** {@return the tier counted} */
    public Tier tier() {
        return tier;
    }

    /** {@return the number of likelihood levels (rows)} */
    public int likelihoods() {
        return counts.length;
    }

    /** {@return the number of consequence levels (columns)} */
    public int consequences() {
        return counts[0].length;
    }

    /**
     * Returns one cell.
     *
     * @param likelihood 1..{@link #likelihoods()}
     * @param consequence 1..{@link #consequences()}
     * @return the number of scenarios in the cell
     * @throws IllegalArgumentException if an index is out of range, naming it
     */
    public int count(int likelihood, int consequence) {
        if (likelihood < 1 || likelihood > likelihoods()) {
            throw new IllegalArgumentException("likelihood must be 1.." + likelihoods() + " but was " + likelihood);
        }
        if (consequence < 1 || consequence > consequences()) {
            throw new IllegalArgumentException("consequence must be 1.." + consequences() + " but was "
                    + consequence);
        }
        return counts[likelihood - 1][consequence - 1];
    }

    /** {@return the number of scenarios counted} */
    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeatMap && ((HeatMap) o).tier == tier && Arrays.deepEquals(((HeatMap) o).counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * tier.hashCode() + Arrays.deepHashCode(counts);
    }

    /** {@return the grid as text, highest likelihood first, as heat maps are drawn} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("HeatMap[").append(tier).append(']');
        for (int l = counts.length; l >= 1; l--) {
            sb.append('\n').append(l).append(" |");
            for (int c = 1; c <= consequences(); c++) {
                sb.append(String.format("%3d", count(l, c)));
            }
        }
        return sb.toString();
    }
}
