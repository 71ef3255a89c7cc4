// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.risk.RiskEngine;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's first command: a fictional 150-person HR and payroll SaaS company, Fernhill People Ltd, walked
 * through the whole ISO/IEC 27001:2022 cycle (scope, assets, risks scored with two methods, treatments through
 * applied controls, the Statement of Applicability, the gap assessment, the internal audit with its nonconformities
 * and corrective actions, objectives, management review and the certification calendar), printed as a report as of
 * a fixed day and written as JSON and CSV files.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -jar isms-examples/target/isms-examples.jar [output-dir]};
 * the files go to {@code isms-examples/target/isms-report/} unless a directory is given.
 */
public final class IsmsReport {
    private IsmsReport() {
    }

    /**
     * Prints the report to standard output and writes the files.
     *
     * @param args optionally the output directory
     */
    public static void main(String[] args) {
        run(System.out, args.length > 0 ? Path.of(args[0]) : defaultOutput());
    }

    /**
     * Builds Fernhill's ISMS, prints the report and writes the files.
     *
     * @param out where the report goes
     * @param dir the directory the files are written to; created if missing
     * @return the files written
     */
    static List<Path> run(PrintStream out, Path dir) {
        RiskEngine engine = RiskEngine.standard();
        FernhillIsms isms = FernhillIsms.build(engine);
        out.println("FERNHILL PEOPLE LTD — INFORMATION SECURITY MANAGEMENT SYSTEM (ISO/IEC 27001:2022)");
        out.println("Report as of " + Fernhill.TODAY + " · 150 staff · B2B HR and payroll SaaS on AWS");
        out.println();
        new RiskSections(out, isms, engine).print();
        new SoaSections(out, isms).print();
        new AuditSections(out, isms).print();
        List<Path> written = IsmsFiles.write(isms, dir);
        section(out, "12. Files written");
        for (Path p : written) {
            out.println("- " + p);
        }
        return written;
    }

    static void section(PrintStream out, String title) {
        out.println(title);
        out.println("=".repeat(title.length()));
    }

    /**
     * The report directory beside the jar (or the classes directory): {@code isms-examples/target/isms-report}
     * wherever the command is run from; {@code isms-examples/target/isms-report} relative to the working directory
     * if the code's location is unknown.
     */
    private static Path defaultOutput() {
        try {
            Path code = Path.of(IsmsReport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    && Files.isDirectory(target)) {
                return target.resolve("isms-report");
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the path relative to the working directory
        }
        return Path.of("isms-examples", "target", "isms-report");
    }
}
