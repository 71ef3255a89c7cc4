// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskScore;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.spi.ScoringRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MatrixScorerProperties {

    /** Random criteria of 1..6 x 1..6 levels whose matrix is made monotonic by taking running maxima. */
    @Provide
    Arbitrary<RiskCriteria> criteria() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(1, 6);
        return Combinators.combine(sizes, sizes, Arbitraries.integers().between(1, 5), Arbitraries.longs())
                .as(MatrixScorerProperties::monotonic);
    }

    private static RiskCriteria monotonic(int rows, int cols, int levels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] grid = new int[rows][cols];
        for (int l = 0; l < rows; l++) {
            for (int c = 0; c < cols; c++) {
                int v = random.nextInt(levels);
                v = Math.max(v, c > 0 ? grid[l][c - 1] : 0);
                grid[l][c] = Math.max(v, l > 0 ? grid[l - 1][c] : 0);
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            names.add("R" + i);
        }
        return RiskCriteria.builder("generated", 1).likelihood(Scale.of("likelihood", labels("L", rows)))
                .consequence(Scale.of("consequence", labels("C", cols)), RiskMatrix.of(names, grid)).build();
    }

    private static String[] labels(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + (i + 1);
        }
        return out;
    }

    private static RiskScore score(RiskCriteria c, int likelihood, int consequence) {
        return new MatrixScorer().score(ScoringRequest.of(Map.of("likelihood", Integer.toString(likelihood),
                "consequence.integrity", Integer.toString(consequence)), c));
    }

    @Property
    void isMonotonicInLikelihoodAndConsequence(@ForAll("criteria") RiskCriteria c) {
        int rows = c.likelihood().size();
        int cols = c.consequence().size();
        for (int l = 1; l <= rows; l++) {
            for (int k = 1; k <= cols; k++) {
                int rank = score(c, l, k).rank();
                if (l < rows) {
                    assertTrue(score(c, l + 1, k).rank() >= rank);
                }
                if (k < cols) {
                    assertTrue(score(c, l, k + 1).rank() >= rank);
                }
            }
        }
    }

    @Property
    void agreesWithTheMatrixAndStaysInRange(@ForAll("criteria") RiskCriteria c) {
        for (int l = 1; l <= c.likelihood().size(); l++) {
            for (int k = 1; k <= c.consequence().size(); k++) {
                RiskScore s = score(c, l, k);
                assertEquals(c.matrix().level(l, k), s.rank());
                assertEquals(c.riskLevels().get(s.rank()), s.level());
                assertTrue(s.rank() >= 0 && s.rank() < c.riskLevels().size());
            }
        }
    }
}
