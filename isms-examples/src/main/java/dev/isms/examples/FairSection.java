// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.ExceedancePoint;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairSimulation;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.fair.LossSummary;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Section 9 of the report: an Open FAIR Monte Carlo estimate of annual loss for three of the scenarios, in euros,
 * from calibrated ranges (beta-PERT and lognormal 90 % intervals), reproducible from its seed on any number of
 * threads.
 */
final class FairSection {
    /** The seed of every FAIR run of the report. */
    static final long SEED = 20261128L;
    /** The loss per year the retailer accepts. */
    static final double APPETITE = 250_000;
    /** R-01 ransomware: beta-PERT frequency and vulnerability, lognormal loss. */
    static final FairScenario RANSOMWARE = FairScenario.of("R-01 ransomware", Distribution.pert(0.5, 1.5, 4),
            FairVulnerability.direct(Distribution.pert(0.05, 0.15, 0.4)), Distribution.logNormal90(40_000, 900_000));
    /** R-04 payment provider outage: beta-PERT throughout. */
    static final FairScenario PSP_OUTAGE = FairScenario.of("R-04 PSP outage", Distribution.pert(1, 3, 8),
            FairVulnerability.direct(Distribution.pert(0.3, 0.6, 0.9)), Distribution.pert(5_000, 20_000, 90_000));

    private FairSection() {
    }

    static void print(PrintStream out) {
        List<FairScenario> scenarios = List.of(RANSOMWARE,
                FairScenario.of("R-02 SQL injection", Distribution.pert(2, 6, 20),
                        FairVulnerability.direct(Distribution.pert(0.01, 0.04, 0.1)),
                        Distribution.logNormal90(20_000, 400_000))
                        .withSecondaryLoss(Distribution.pert(0.2, 0.5, 0.8), Distribution.logNormal90(10_000, 1_500_000)),
                PSP_OUTAGE);
        FairSimulation simulation = FairSimulation.builder().scenarios(scenarios).years(FairSimulation.DEFAULT_YEARS)
                .exceedancePoints(100_000, 250_000, 500_000, 1_000_000).appetite(APPETITE).build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        FairResult result;
        try {
            result = simulation.run(SEED, pool, 2);
        } finally {
            pool.shutdown();
        }
        String title = "9. Open FAIR annual loss (EUR, " + result.years() + " simulated years, seed " + result.seed()
                + ")";
        out.println(title);
        out.println("=".repeat(title.length()));
        TextTable t = new TextTable("Scenario", "Mean (ALE)", "P10", "P50", "P90", "P99", "P(loss > 250k)");
        for (int i = 0; i < scenarios.size(); i++) {
            row(t, scenarios.get(i).name(), result.scenario(i));
        }
        row(t, "Portfolio (year by year)", result.portfolio());
        out.println(t);
        StringBuilder lec = new StringBuilder("Portfolio loss exceedance:");
        for (ExceedancePoint p : result.portfolio().exceedanceCurve()) {
            lec.append(String.format(Locale.ROOT, "  P(>= %s) = %.1f%%", money(p.loss()), 100 * p.probability()));
        }
        out.println(lec);
        out.println();
    }

    private static void row(TextTable t, String name, LossSummary s) {
        t.row(name, TextTable.number(money(s.mean())), TextTable.number(money(s.p10())),
                TextTable.number(money(s.p50())), TextTable.number(money(s.p90())), TextTable.number(money(s.p99())),
                TextTable.number(String.format(Locale.ROOT, "%.1f%%", 100 * s.appetiteExceedance())));
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
