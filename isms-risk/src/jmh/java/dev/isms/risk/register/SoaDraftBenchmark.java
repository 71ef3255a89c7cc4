// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.ControlRef;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.Threat;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Drafting a Statement of Applicability of ISO/IEC 27002:2022 (93 controls) from a register of N scenarios with
 * 3 treatments of 2 controls each (chosen among all 93), and 100 applied controls that each realise 3 controls,
 * treat 20 scenarios and set the implementation statuses. Milliseconds per draft on one thread.
 *
 * <p>Run: {@code mvn -B -o -Djmh=isms-risk -Djmh.args="SoaDraftBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1" -pl isms-risk
 * -am -DskipTests verify}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseSerialGC"})
public class SoaDraftBenchmark {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    /** The number of scenarios. */
    @Param({"1000", "10000", "100000"})
    public int n;

    private Catalog catalog;
    private RiskRegister register;
    private AppliedControlSet applied;

    /** Creates the benchmark state (JMH instantiates it). */
    public SoaDraftBenchmark() {
        // state is set up in @Setup
    }

    /** Builds the register and the applied controls from a fixed seed. */
    @Setup
    public void setUp() {
        catalog = Catalogs.iso27002_2022();
        SplittableRandom random = new SplittableRandom(42);
        RiskCriteria criteria = RiskCriteria.builder("bench", 1)
                .likelihood(Scale.of("likelihood", "1", "2", "3", "4", "5"))
                .consequence(Scale.of("consequence", "1", "2", "3", "4", "5"), RiskMatrix.ofProduct(5, 5, List.of(
                        new RiskBand("Low", 1, 8), new RiskBand("High", 9, 25)))).build();
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            assets.add(Asset.builder("A-" + i, "Asset " + i, AssetType.values()[i % AssetType.values().length])
                    .build());
        }
        List<RiskScenario> scenarios = new ArrayList<>(n);
        List<RiskTreatment> treatments = new ArrayList<>(3 * n);
        for (int i = 0; i < n; i++) {
            scenarios.add(RiskScenario.builder("R-" + i, "Scenario " + i, ScenarioBasis.assetBased(
                    "A-" + random.nextInt(100), "T-1", "V-1")).likelihood(1 + random.nextInt(5))
                    .consequence(ConsequenceCategory.AVAILABILITY, 1 + random.nextInt(5)).build());
            for (int k = 0; k < 3; k++) {
                treatments.add(RiskTreatment.builder("T-" + i + "-" + k, "R-" + i, TreatmentOption.MODIFY)
                        .control(ControlEffect.likelihood(control(random), 0.5),
                                ControlEffect.consequence(control(random), 0.5)).build());
            }
        }
        register = RiskRegister.builder(criteria).assets(AssetInventory.of(assets)).catalog(catalog)
                .threat(Threat.of("T-1", "Threat")).vulnerability(Vulnerability.of("V-1", "Weakness"))
                .scenarios(scenarios).treatments(treatments).build();
        List<AppliedControl> ac = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            AppliedControl.Builder b = AppliedControl.builder("AC-" + i, "Applied " + i)
                    .status(AppliedControlStatus.values()[i % 4]);
            for (int k = 0; k < 3; k++) {
                b.realises(ControlRef.of(catalog, catalog.controls().get((3 * i + k) % catalog.size()).id()));
            }
            for (int k = 0; k < 20; k++) {
                b.treats("R-" + ((20 * i + k) % n));
            }
            ac.add(b.build());
        }
        applied = AppliedControlSet.of(ac);
    }

    private ControlRef control(SplittableRandom random) {
        return ControlRef.of(catalog, catalog.controls().get(random.nextInt(catalog.size())).id());
    }

    /** Drafts the statement: 93 entries, the chosen ones with their scenario ids and derived statuses. */
    @Benchmark
    public SoaDraft draft() {
        return register.draftSoa(catalog, applied, "1.0", DAY);
    }
}
