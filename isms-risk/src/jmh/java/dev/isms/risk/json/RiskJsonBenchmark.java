// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.catalog.Catalogs;
import dev.isms.catalog.json.JsonFormat;
import dev.isms.core.ControlRef;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskScore;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.Threat;
import dev.isms.risk.Tier;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import dev.isms.risk.register.TreatmentOption;
import dev.isms.risk.register.TreatmentStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON of a 10,000-scenario register (3 treatments each, one stored score each, 100 assets, threats and
 * vulnerabilities, controls of ISO/IEC 27002:2022): writing it, reading it back (strict binding, Bean Validation,
 * every reference and control resolved, the register built and validated), and Jackson's raw {@code readTree} of
 * the same bytes, the floor a reader cannot go below. Milliseconds per operation; the document's size is printed
 * at set-up, so that MB/s follow from the times. The document is larger than the default 16 MiB limit, so the
 * formats are built with a 64 MiB limit.
 *
 * <p>Run: {@code mvn -B -Djmh=isms-risk -Djmh.args="RiskJsonBenchmark" -pl isms-risk -am -DskipTests verify}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseSerialGC"})
public class RiskJsonBenchmark {
    private static final int SCENARIOS = 10_000;
    private static final String[] CONTROLS = {"5.15", "5.17", "5.23", "5.30", "8.5", "8.7", "8.8", "8.9", "8.12",
        "8.13", "8.15", "8.16", "8.20", "8.24", "8.28", "8.29"};
    private static final ConsequenceCategory[] CATEGORIES = {ConsequenceCategory.CONFIDENTIALITY,
        ConsequenceCategory.INTEGRITY, ConsequenceCategory.AVAILABILITY};

    private final ObjectMapper mapper = new ObjectMapper();
    private JsonFormat<RiskRegister> format;
    private RiskRegister register;
    private byte[] document;

    /** Creates the benchmark state (JMH instantiates it). */
    public RiskJsonBenchmark() {
        // state is set up in setUp
    }

    /** Builds the register from a fixed seed and writes it once. */
    @Setup
    public void setUp() {
        format = RiskJson.builder().maxDocumentBytes(64L * 1024 * 1024).build().register();
        register = register(new SplittableRandom(42));
        document = format.toJson(register).getBytes(StandardCharsets.UTF_8);
        if (!format.read(new ByteArrayInputStream(document), "bench").equals(register)) {
            throw new IllegalStateException("the register does not read back equal");
        }
        System.out.printf("%nregister of %,d scenarios: %,d bytes%n", SCENARIOS, document.length);
    }

    private static RiskRegister register(SplittableRandom random) {
        RiskCriteria criteria = RiskCriteria.builder("bench", 1)
                .likelihood(Scale.of("likelihood", "1", "2", "3", "4", "5"))
                .consequence(Scale.of("consequence", "1", "2", "3", "4", "5"), RiskMatrix.ofProduct(5, 5, List.of(
                        new RiskBand("Low", 1, 4), new RiskBand("Medium", 5, 9), new RiskBand("High", 10, 16),
                        new RiskBand("Critical", 17, 25))))
                .build();
        List<Asset> assets = new ArrayList<>();
        List<Threat> threats = new ArrayList<>();
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            assets.add(Asset.builder("A-" + i, "Asset " + i, AssetType.values()[i % AssetType.values().length])
                    .build());
            threats.add(Threat.of("T-" + i, "Threat " + i));
            vulnerabilities.add(Vulnerability.of("V-" + i, "Vulnerability " + i));
        }
        RiskScore score = RiskScore.builder("iso27005-matrix", "1").parameters(Map.of("likelihood", "3"))
                .criteria("bench@1").value(9).level("Medium", 1).explanation("3 x 3 = 9").build();
        List<RiskScenario> scenarios = new ArrayList<>(SCENARIOS);
        List<RiskTreatment> treatments = new ArrayList<>(3 * SCENARIOS);
        for (int i = 0; i < SCENARIOS; i++) {
            scenarios.add(scenario(i, random, score));
            for (int k = 0; k < 3; k++) {
                treatments.add(RiskTreatment.builder("T-" + i + "-" + k, "R-" + i, TreatmentOption.MODIFY)
                        .control(ControlEffect.likelihood(control(random), 0.1 * random.nextInt(10)),
                                ControlEffect.consequence(control(random), 0.1 * random.nextInt(10)))
                        .owner("Owner " + random.nextInt(20)).status(TreatmentStatus.values()[random.nextInt(5)])
                        .build());
            }
        }
        return RiskRegister.builder(criteria).assets(AssetInventory.of(assets)).catalog(Catalogs.iso27002_2022())
                .threats(threats).vulnerabilities(vulnerabilities).scenarios(scenarios).treatments(treatments)
                .build();
    }

    private static RiskScenario scenario(int i, SplittableRandom random, RiskScore score) {
        RiskScenario.Builder b = RiskScenario.builder("R-" + i, "Scenario " + i, ScenarioBasis.assetBased(
                "A-" + random.nextInt(100), "T-" + random.nextInt(100), "V-" + random.nextInt(100)))
                .likelihood(1 + random.nextInt(5)).owner("Owner " + random.nextInt(20))
                .existing(ControlEffect.likelihood(control(random), 0.1 * random.nextInt(6)))
                .score(Tier.INHERENT, score);
        for (ConsequenceCategory c : CATEGORIES) {
            if (random.nextBoolean() || c == ConsequenceCategory.AVAILABILITY) {
                b.consequence(c, 1 + random.nextInt(5));
            }
        }
        return b.build();
    }

    private static ControlRef control(SplittableRandom random) {
        return ControlRef.of("iso27002:2022", CONTROLS[random.nextInt(CONTROLS.length)]);
    }

    /** Writes the register as a document. */
    @Benchmark
    public byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(document.length);
        format.write(register, out);
        return out.toByteArray();
    }

    /** Reads the register back: bind, validate, resolve, build. */
    @Benchmark
    public RiskRegister read() {
        return format.read(new ByteArrayInputStream(document), "bench");
    }

    /**
     * Jackson's tree parse of the same bytes: the floor.
     *
     * @return the tree (a JsonNode, typed Object so that no Jackson type is in an exported package's signature)
     * @throws IOException never, the bytes are JSON
     */
    @Benchmark
    public Object readTree() throws IOException {
        return mapper.readTree(document);
    }
}
