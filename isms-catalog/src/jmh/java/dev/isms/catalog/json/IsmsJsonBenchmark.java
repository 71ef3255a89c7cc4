// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON write and read of a full ISMS bundle: the example company ({@code scale = 1}: 25 assets, 30 applied
 * controls, a Statement of Applicability over 93 controls, a gap assessment over 30 leaf clauses of 41 and the 93
 * controls, one audit with 5 findings and their corrective actions, monitoring, a review, a certificate), and the
 * same scaled ×10 and ×100 (catalogue, clauses, assets, applied controls, audits and findings). The document's size
 * is printed at set-up, so that MB/s follow from the times.
 *
 * <p>Run: {@code mvn -B -Djmh=isms-catalog -Djmh.args="IsmsJsonBenchmark" -pl isms-catalog -am -DskipTests verify}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g",
    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
public class IsmsJsonBenchmark {
    /** How many times the example company. */
    @Param({"1", "10", "100"})
    public int scale;

    private JsonFormat<IsmsBundle> format;
    private IsmsBundle bundle;
    private byte[] document;

    /** Creates the benchmark state (JMH instantiates it). */
    public IsmsJsonBenchmark() {
        // state is set up in setUp
    }

    /** Builds the bundle and its document once per scale. */
    @Setup(Level.Trial)
    public void setUp() {
        IsmsExamples.Context x = IsmsExamples.context(scale);
        format = IsmsJson.builder().maxDocumentBytes(512L * 1024 * 1024).build().bundle(x.requirements(), x.catalog());
        bundle = IsmsExamples.bundle(scale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(bundle, out);
        document = out.toByteArray();
        if (!format.read(new ByteArrayInputStream(document), "bench").equals(bundle)) {
            throw new IllegalStateException("the bundle does not read back equal");
        }
        System.out.printf("%nscale %d: %d bytes, %d assets, %d applied controls, %d SoA entries, %d clause and %d"
                + " control results, %d findings%n", scale, document.length, bundle.assets().size(),
                bundle.appliedControls().size(), bundle.statementOfApplicability().orElseThrow().entries().size(),
                bundle.gapAssessment().orElseThrow().clauseResults().size(),
                bundle.gapAssessment().orElseThrow().controlResults().size(),
                bundle.audits().orElseThrow().findings().size());
    }

    /** Writes the bundle as one UTF-8 document. */
    @Benchmark
    public byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length);
        format.write(bundle, out);
        return out.toByteArray();
    }

    /** Reads the document back into an equal bundle, with every check. */
    @Benchmark
    public IsmsBundle read() {
        return format.read(new ByteArrayInputStream(document), "bench");
    }
}
