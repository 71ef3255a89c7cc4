// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The register as an indexed value: building a register of N scenarios with 3 treatments each (every reference
 * validated, every part indexed), the same with the four tiers of every scenario derived, applying 1,000 edits in
 * one batch to a register in use (one new version, the touched scenarios' tiers recomputed), and diffing two such
 * registers built independently (1 % of the scenarios changed, their tiers derived). Milliseconds per operation on
 * one benchmark thread, with the serial collector so that garbage collection runs on that core too (the goal is
 * stated per core; on a shared machine a concurrent collector's threads wait for a core and blur the figures). The
 * heap is left to grow, so the collector compacts the long-lived registers as a running application's would; the
 * walks of {@code diff} are bound by memory latency and much slower over a heap that was never compacted.
 *
 * <p>Run: {@code mvn -B -Djmh=isms-risk -Djmh.args="RegisterBenchmark" -pl isms-risk -am -DskipTests verify}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseSerialGC"})
public class RegisterBenchmark {
    private static final ConsequenceCategory[] CATEGORIES = {ConsequenceCategory.CONFIDENTIALITY,
        ConsequenceCategory.INTEGRITY, ConsequenceCategory.AVAILABILITY};
    private static final String[] CONTROLS = {"5.15", "5.17", "5.23", "5.30", "8.5", "8.7", "8.8", "8.9", "8.12",
        "8.13", "8.15", "8.16", "8.20", "8.24", "8.28", "8.29"};
    private static final int EDITS = 1_000;

    /** The number of scenarios. */
    @Param({"1000", "10000", "100000"})
    public int n;

    private RiskCriteria criteria;
    private AssetInventory assets;
    private Catalog catalog;
    private List<Threat> threats;
    private List<Vulnerability> vulnerabilities;
    private List<RiskScenario> scenarios;
    private List<RiskTreatment> treatments;
    private RiskRegister register;
    private RiskRegister other;
    private List<RegisterEdit> edits;

    /** Creates the benchmark state (JMH instantiates it). */
    public RegisterBenchmark() {
        // state is set up in @Setup
    }

    /** Builds the parts from a fixed seed, the register, an independently built variant, and the edits. */
    @Setup
    public void setUp() {
        criteria = RiskCriteria.builder("bench", 1)
                .likelihood(Scale.of("likelihood", "1", "2", "3", "4", "5"))
                .consequence(Scale.of("consequence", "1", "2", "3", "4", "5"), RiskMatrix.ofProduct(5, 5, List.of(
                        new RiskBand("Low", 1, 4), new RiskBand("Medium", 5, 9), new RiskBand("High", 10, 16),
                        new RiskBand("Critical", 17, 25))))
                .build();
        catalog = Catalogs.iso27002_2022();
        List<Asset> a = new ArrayList<>();
        threats = new ArrayList<>();
        vulnerabilities = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            a.add(Asset.builder("A-" + i, "Asset " + i, AssetType.values()[i % AssetType.values().length]).build());
            threats.add(Threat.of("T-" + i, "Threat " + i));
            vulnerabilities.add(Vulnerability.of("V-" + i, "Vulnerability " + i));
        }
        assets = AssetInventory.of(a);
        SplittableRandom random = new SplittableRandom(42);
        scenarios = new ArrayList<>(n);
        treatments = new ArrayList<>(3 * n);
        for (int i = 0; i < n; i++) {
            scenarios.add(scenario(i, random));
            for (int k = 0; k < 3; k++) {
                treatments.add(treatment(i, k, random));
            }
        }
        register = build(scenarios);
        List<RiskScenario> changed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RiskScenario s = scenarios.get(i);
            changed.add(i % 100 == 0 ? s.toBuilder().likelihood(1 + (s.likelihood() % 5)).build()
                    : s.toBuilder().build());
        }
        other = build(changed);
        edits = edits(random);
        register.heatMap(Tier.RESIDUAL);
        other.heatMap(Tier.RESIDUAL);
    }

    private RiskScenario scenario(int i, SplittableRandom random) {
        RiskScenario.Builder b = RiskScenario.builder("R-" + i, "Scenario " + i, ScenarioBasis.assetBased(
                "A-" + random.nextInt(100), "T-" + random.nextInt(100), "V-" + random.nextInt(100)))
                .likelihood(1 + random.nextInt(5)).owner("Owner " + random.nextInt(20))
                .existing(ControlEffect.likelihood(control(random), 0.1 * random.nextInt(6)));
        for (ConsequenceCategory c : CATEGORIES) {
            if (random.nextBoolean() || c == ConsequenceCategory.AVAILABILITY) {
                b.consequence(c, 1 + random.nextInt(5));
            }
        }
        return b.build();
    }

    private RiskTreatment treatment(int i, int k, SplittableRandom random) {
        return RiskTreatment.builder("T-" + i + "-" + k, "R-" + i, TreatmentOption.MODIFY)
                .control(ControlEffect.likelihood(control(random), 0.1 * random.nextInt(10)),
                        ControlEffect.consequence(control(random), 0.1 * random.nextInt(10)))
                .owner("Owner " + random.nextInt(20)).status(TreatmentStatus.values()[random.nextInt(5)]).build();
    }

    private static ControlRef control(SplittableRandom random) {
        return ControlRef.of("iso27002:2022", CONTROLS[random.nextInt(CONTROLS.length)]);
    }

    private RiskRegister build(List<RiskScenario> values) {
        return RiskRegister.builder(criteria).assets(assets).catalog(catalog).threats(threats)
                .vulnerabilities(vulnerabilities).scenarios(values).treatments(treatments).build();
    }

    /** A mix: redefined scenarios, replaced and removed treatments, new scenarios, stored scores. */
    private List<RegisterEdit> edits(SplittableRandom random) {
        List<RegisterEdit> out = new ArrayList<>(EDITS);
        RiskScore score = RiskScore.builder("bench", "1").parameters(Map.of("x", "1")).value(1).level("Low", 0)
                .explanation("benchmark score").build();
        for (int e = 0; e < EDITS; e++) {
            int i = random.nextInt(n);
            switch (e % 5) {
                case 0:
                    out.add(RegisterEdit.putScenario(scenarios.get(i).toBuilder().likelihood(1 + random.nextInt(5))
                            .build()));
                    break;
                case 1:
                    out.add(RegisterEdit.putTreatment(treatment(i, random.nextInt(3), random)));
                    break;
                case 2:
                    out.add(RegisterEdit.putScore("R-" + i, Tier.CURRENT, score));
                    break;
                case 3:
                    out.add(RegisterEdit.putScenario(scenario(n + e, random)));
                    break;
                default:
                    out.add(RegisterEdit.removeTreatment("T-" + (e / 5) + "-" + (e % 3)));
                    break;
            }
        }
        return out;
    }

    /** Builds a register of N scenarios and 3N treatments: index, validate, compute every scenario's tiers. */
    @Benchmark
    public RiskRegister build() {
        return build(scenarios);
    }

    /** Builds the register and derives the four tiers of every scenario (as the first heat map does). */
    @Benchmark
    public HeatMap buildWithTiers() {
        return build(scenarios).heatMap(Tier.RESIDUAL);
    }

    /** Applies 1,000 edits in one batch to a register of N scenarios: one new version. */
    @Benchmark
    public RiskRegister applyBatch() {
        return register.apply(edits);
    }

    /** Diffs two independently built registers of N scenarios, 1 % of them changed. */
    @Benchmark
    public RegisterDiff diff() {
        return other.diff(register);
    }
}
