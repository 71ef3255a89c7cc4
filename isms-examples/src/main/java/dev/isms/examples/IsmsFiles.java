// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.catalog.csv.IsmsCsv;
import dev.isms.catalog.json.IsmsBundle;
import dev.isms.catalog.json.IsmsJson;
import dev.isms.catalog.json.JsonFormat;
import dev.isms.catalog.report.MarkdownReport;
import dev.isms.core.assessment.ScoringStrategies;
import dev.isms.risk.Tier;
import dev.isms.risk.fair.FairResult;
import dev.isms.risk.fair.FairSimulation;
import dev.isms.risk.json.RiskJson;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.report.HeatMapChart;
import dev.isms.risk.report.LossExceedanceChart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes Fernhill's ISMS as files: the whole ISMS as one {@code isms-bundle} JSON document, the risk register
 * as an {@code isms-risk-register} JSON document, and CSV exports of the
 * Statement of Applicability, the prioritised gap list, the asset inventory and the audit findings, and the Markdown
 * report with the SVG pictures it links (heat maps, loss exceedance curve, maturity by theme and concept).
 */
final class IsmsFiles {
    static final String BUNDLE = "isms.json";
    static final String REGISTER = "risk-register.json";

    private IsmsFiles() {
    }

    /**
     * Writes every file into a directory, creating it.
     *
     * @return the files written, in order
     */
    static List<Path> write(FernhillIsms isms, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        IsmsBundle b = isms.bundle();
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve(BUNDLE), p -> json(isms).write(b, p)));
        written.add(write(dir.resolve(REGISTER), p -> RiskJson.defaults().register().write(isms.register(), p)));
        IsmsCsv csv = IsmsCsv.defaults();
        written.add(write(dir.resolve("soa.csv"), p -> csv.statementOfApplicability(isms.catalog())
                .write(isms.soa(), p)));
        written.add(write(dir.resolve("gaps.csv"), p -> csv.gaps().write(isms.gap(), p)));
        written.add(write(dir.resolve("assets.csv"), p -> csv.assets().write(b.assets(), p)));
        written.add(write(dir.resolve("findings.csv"), p -> csv.findings().write(b.audits().orElseThrow(), p)));
        written.addAll(report(isms).writeTo(dir));
        return written;
    }

    /** {@return the Markdown report: SoA, gap assessment with maturity charts, heat maps, loss curve, audit} */
    static MarkdownReport report(FernhillIsms isms) {
        RiskRegister r = isms.register();
        FairResult fair = FairSimulation.builder().scenario(FernhillScores.RANSOMWARE)
                .scenario(FernhillScores.DIVERSION).years(10_000).appetite(FernhillScores.APPETITE)
                .exceedancePoints(10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1e6, 2e6, 5e6, 1e7).build()
                .run(FernhillScores.SEED);
        return MarkdownReport.builder(Fernhill.NAME + ": ISMS report as of " + Fernhill.TODAY)
                .paragraph(Fernhill.SCOPE)
                .picture("heat-map-inherent.svg", "Inherent risk (ISO/IEC 27005 matrix)",
                        HeatMapChart.svg(r.heatMap(Tier.INHERENT), r.criteria()))
                .picture("heat-map-residual.svg", "Residual risk after the treatment plan",
                        HeatMapChart.svg(r.heatMap(Tier.RESIDUAL), r.criteria()))
                .picture("loss-exceedance.svg", "Open FAIR annual loss exceedance (R-01, R-16) with the appetite",
                        LossExceedanceChart.svg(fair, FernhillScores.APPETITE))
                .soa(isms.soa(), isms.catalog())
                .gapAssessment(isms.gap(), ScoringStrategies.weighted(), Fernhill.TODAY)
                .audit(isms.bundle().audits().orElseThrow(), Fernhill.TODAY)
                .build();
    }

    /** {@return the JSON format of the bundle, bound to the clauses and catalogue it names} */
    static JsonFormat<IsmsBundle> json(FernhillIsms isms) {
        return IsmsJson.defaults().bundle(isms.clauses(), isms.catalog());
    }

    private static Path write(Path file, Consumer<Path> writer) {
        writer.accept(file);
        return file;
    }
}
