// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.report;

import dev.isms.core.Attribute;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.assessment.Rollup;
import dev.isms.core.assessment.Rollups;
import dev.isms.core.assessment.ScoringStrategies;
import dev.isms.core.assessment.spi.ScoringStrategy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Gap roll-ups over the 93 controls of ISO/IEC 27002:2022 and the 41 clauses of ISO/IEC 27001:2022 (every leaf
 * clause and every control assessed, the fixture of the report tests): by every value of each of the five
 * attributes, the whole set (totals, by clause, by theme, by every attribute value), and the gap assessment section
 * of the Markdown report with its two maturity charts. Microseconds per operation on one thread.
 *
 * <p>Run: {@code mvn -B -o -Djmh=isms-catalog -Djmh.args="GapRollupBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1"
 * -pl isms-catalog -am -DskipTests verify}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseSerialGC"})
public class GapRollupBenchmark {
    /** The scoring strategy. */
    @Param({"average", "weighted", "minimum"})
    public String strategyId;

    private GapAssessment assessment;
    private ScoringStrategy strategy;

    /** Creates the benchmark state (JMH instantiates it). */
    public GapRollupBenchmark() {
        // state is set up in @Setup
    }

    /** Builds the assessment once. */
    @Setup
    public void setUp() {
        assessment = ReportFixtures.gap();
        strategy = ScoringStrategies.require(strategyId);
    }

    /** Rolls up by every value of each of the five attributes (37 groups over the 93 controls). */
    @Benchmark
    public Map<Attribute, List<Rollup>> byEveryAttribute() {
        return assessment.rollups(strategy).byAttributes();
    }

    /** Every roll-up: totals, by clause, by theme and by every attribute value. */
    @Benchmark
    public int allRollups() {
        Rollups r = assessment.rollups(strategy);
        return r.clauses().items() + r.controls().items() + r.byClause().size() + r.byTheme().size()
                + r.byAttributes().size();
    }

    /** The Markdown gap section (roll-ups, prioritised gaps, documented information) and the two maturity charts. */
    @Benchmark
    public int reportSection() {
        return MarkdownReport.gapAssessment(assessment, strategy, ReportFixtures.D).length()
                + MaturityChart.byTheme(assessment, strategy).length()
                + MaturityChart.byConcept(assessment, strategy).length();
    }
}
