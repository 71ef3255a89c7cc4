// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.json.IsmsBundle;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.json.RiskJson;
import dev.isms.risk.register.RiskRegister;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsmsReportTest {
    @TempDir
    static Path dir;
    static String report;
    static List<Path> written;

    @BeforeAll
    static void run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        written = IsmsReport.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
        report = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsEverySectionWithTheWordsAnAuditorLooksFor() {
        for (String heading : new String[] {"1. Scope", "2. Assets (26", "3. Risk register (20 scenarios",
            "4. Treatment through applied controls", "5. Statement of Applicability v1.0", "6. Gap assessment",
            "7. Internal audit IA-2026-1", "8. Corrective actions", "9. Objectives and indicators",
            "10. Management review", "11. Certification calendar as of 2026-11-28", "12. Files written"}) {
            assertTrue(report.contains(heading), heading);
        }
        assertTrue(report.contains("Prioritised gap list ("), report);
        assertTrue(report.contains("surveillance 1 audit   2026-12-12  due"), report);
    }

    @Test
    void statementOfApplicabilityListsEveryControlDecided() {
        assertTrue(report.contains("93 controls listed: 90 applicable, 3 excluded, 0 undecided (every control"
                + " decided)."), report);
        assertTrue(report.contains("Drafted from the treatment plan: 53 controls applicable for risk treatment, 40"
                + " needing a decision"), report);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("8.30") && l.contains("EXCLUDED: No development is"
                + " outsourced")), report);
    }

    @Test
    void reportsTheFindingsTheOverdueActionAndTheAssetChecks() {
        assertTrue(report.contains("3 nonconformities (1 major, 2 minor), 2 other findings."), report);
        assertTrue(report.contains("Overdue as of 2026-11-28: CA-02;"), report);
        assertTrue(report.contains("Due now: surveillance 1 audit by 2026-12-12."), report);
        assertTrue(report.contains("- A-19 not returned: custodian 'Aoife Byrne' left on 2026-10-31"), report);
        assertTrue(report.contains("all reproduced exactly by recomputing them."), report);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("7.2 ") && l.contains("missing")), report);
    }

    @Test
    void writesTheBundleAndTheCsvFilesAndNamesThem() throws IOException {
        assertEquals(List.of("isms.json", "risk-register.json", "soa.csv", "gaps.csv", "assets.csv", "findings.csv",
                "report.md", "heat-map-inherent.svg", "heat-map-residual.svg", "loss-exceedance.svg",
                "maturity-by-theme.svg", "maturity-by-concept.svg"),
                written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : written) {
            assertTrue(Files.size(p) > 0, p.toString());
            assertTrue(report.contains("- " + p), p.toString());
        }
        assertEquals(94, Files.readAllLines(dir.resolve("soa.csv")).size(), "header and one row per control");
        assertEquals(27, Files.readAllLines(dir.resolve("assets.csv")).size(), "header and 26 assets");
        String markdown = Files.readString(dir.resolve("report.md"));
        for (Path p : written.subList(7, written.size())) {
            assertTrue(markdown.contains("(" + p.getFileName() + ")"), "report.md links " + p.getFileName());
            assertTrue(Files.readString(p).contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), p.toString());
        }
        assertTrue(markdown.contains("Statement of Applicability"), markdown);
    }

    @Test
    void theWrittenBundleReadsBackEqualToTheModel() {
        FernhillIsms isms = FernhillIsms.build(RiskEngine.standard());
        IsmsBundle read = IsmsFiles.json(isms).read(dir.resolve(IsmsFiles.BUNDLE));
        assertEquals(isms.bundle(), read);
        RiskRegister register = RiskJson.defaults().register().read(dir.resolve(IsmsFiles.REGISTER));
        assertEquals(isms.register(), register);
        assertEquals(List.of(), register.verify(RiskEngine.standard()));
    }

    @Test
    void isReproducible() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IsmsReport.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir.resolve("again"));
        assertEquals(report.replace(dir.toString(), "D"), bytes.toString(StandardCharsets.UTF_8)
                .replace(dir.resolve("again").toString(), "D"));
    }
}
