// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.method;

import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskScore;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.spi.ScoringRequest;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Qualitative scoring throughput: scenarios with a likelihood and consequences in three categories, scored on a
 * 5 × 5 ISO/IEC 27005 matrix (the scenario's level is the worst category's). Results are scenario scorings per
 * second on one thread.
 *
 * <p>Run: {@code mvn -B -Djmh=isms-risk -Djmh.args="QualitativeScoringBenchmark" -pl isms-risk -am -DskipTests
 * verify}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QualitativeScoringBenchmark {
    private static final int N = 1024;
    private static final ConsequenceCategory[] CATEGORIES = {ConsequenceCategory.CONFIDENTIALITY,
        ConsequenceCategory.INTEGRITY, ConsequenceCategory.AVAILABILITY};

    private RiskCriteria criteria;
    private RiskMatrix[] matrices;
    private final int[] likelihood = new int[N];
    private final int[][] consequence = new int[N][CATEGORIES.length];
    private final ScoringRequest[] requests = new ScoringRequest[N];
    private final RiskEngine engine = RiskEngine.standard();

    /** Creates the benchmark state (JMH instantiates it). */
    public QualitativeScoringBenchmark() {
        // state is set up in fields and @Setup
    }

    /** Builds the criteria and 1,024 random scenarios from a fixed seed. */
    @Setup
    public void setUp() {
        criteria = RiskCriteria.builder("bench", 1)
                .likelihood(Scale.of("likelihood", "1", "2", "3", "4", "5"))
                .consequence(Scale.of("consequence", "1", "2", "3", "4", "5"), RiskMatrix.ofProduct(5, 5, List.of(
                        new RiskBand("Low", 1, 4), new RiskBand("Medium", 5, 9), new RiskBand("High", 10, 16),
                        new RiskBand("Critical", 17, 25))))
                .build();
        matrices = new RiskMatrix[CATEGORIES.length];
        for (int c = 0; c < CATEGORIES.length; c++) {
            matrices[c] = criteria.matrix(CATEGORIES[c]);
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < N; i++) {
            likelihood[i] = 1 + random.nextInt(5);
            for (int c = 0; c < CATEGORIES.length; c++) {
                consequence[i][c] = 1 + random.nextInt(5);
            }
            requests[i] = ScoringRequest.of(Map.of("likelihood", Integer.toString(likelihood[i]),
                    "consequence.confidentiality", Integer.toString(consequence[i][0]),
                    "consequence.integrity", Integer.toString(consequence[i][1]),
                    "consequence.availability", Integer.toString(consequence[i][2])), criteria);
        }
    }

    /** Bulk path: each category's matrix resolved once, then one array read per category. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int resolvedMatrices() {
        int sum = 0;
        for (int i = 0; i < N; i++) {
            int l = likelihood[i];
            int[] c = consequence[i];
            int worst = 0;
            for (int k = 0; k < c.length; k++) {
                worst = Math.max(worst, matrices[k].level(l, c[k]));
            }
            sum += worst;
        }
        return sum;
    }

    /** Convenience path: the criteria find each category's matrix on every call. */
    @Benchmark
    @OperationsPerInvocation(N)
    public int throughCriteria() {
        int sum = 0;
        for (int i = 0; i < N; i++) {
            int worst = 0;
            for (int k = 0; k < CATEGORIES.length; k++) {
                worst = Math.max(worst, MatrixScorer.level(criteria, likelihood[i], CATEGORIES[k],
                        consequence[i][k]));
            }
            sum += worst;
        }
        return sum;
    }

    /** Audited path: a text-parameter request through the engine, producing a recomputable RiskScore. */
    @Benchmark
    @OperationsPerInvocation(N)
    public double auditedScores() {
        double sum = 0;
        for (ScoringRequest r : requests) {
            RiskScore s = engine.score(MatrixScorer.ID, r);
            sum += s.value();
        }
        return sum;
    }
}
