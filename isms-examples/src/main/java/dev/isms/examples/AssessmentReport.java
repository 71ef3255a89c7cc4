// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Attribute;
import dev.isms.core.AttributeValue;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlRef;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskScore;
import dev.isms.risk.Tier;
import dev.isms.risk.TierAssessment;
import dev.isms.risk.TierScore;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.method.FairScorer;
import dev.isms.risk.register.HeatMap;
import dev.isms.risk.register.RegisterDiff;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import dev.isms.risk.register.StaleScore;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The main example: an ISO/IEC 27001:2022 risk assessment of a small online retailer (clauses 6.1.2 and 6.1.3),
 * printed as a plain-text report: assets, criteria, the register in four tiers, heat maps, the treatment plan with
 * the ISO/IEC 27002:2022 controls it selects, the scores of the matrix, CVSS, OWASP, NIST SP 800-30 and Open FAIR
 * stored with their scenarios and verified by recomputing them, an Open FAIR loss estimate, and what still needs a
 * decision.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package && java -jar isms-examples/target/isms-examples.jar}
 */
public final class AssessmentReport {
    private final PrintStream out;
    private final Catalog iso = Catalogs.iso27002_2022();
    private final Clock clock = Clock.fixed(AcmeAssessment.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private final RiskEngine engine = RiskEngine.standard();

    private AssessmentReport(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints the report to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream target) {
        new AssessmentReport(target).print();
    }

    private void print() {
        RiskRegister first = AcmeAssessment.firstRegister();
        RiskRegister register = AcmeAssessment.currentRegister(first, engine);
        RiskCriteria criteria = register.criteria();
        out.println("ACME RETAIL LTD — INFORMATION SECURITY RISK ASSESSMENT (ISO/IEC 27001:2022 6.1.2, ISO/IEC 27005)");
        out.println("Date " + AcmeAssessment.TODAY + " · register version " + register.version() + " · criteria "
                + criteria.reference() + " · controls from " + iso.title());
        out.println();
        assets(register);
        matrix(criteria);
        profiles(register);
        heatMaps(register);
        explain(register, "R-01");
        treatmentPlan(register);
        controlsSelected(register);
        crossChecks(register);
        FairSection.print(out);
        attention(register, first);
    }

    private void section(String title) {
        out.println(title);
        out.println("=".repeat(title.length()));
    }

    private void assets(RiskRegister register) {
        section("1. Assets in scope");
        TextTable t = new TextTable("Id", "Asset", "Type", "Owner", "Class.", "Values (C I A legal)");
        for (Asset a : register.assets().assets()) {
            StringBuilder v = new StringBuilder();
            for (ConsequenceCategory c : List.of(AcmeAssessment.C, AcmeAssessment.I, AcmeAssessment.A,
                    AcmeAssessment.LEGAL)) {
                String label = c.id().equals("legal") ? "legal" : c.id().substring(0, 1).toUpperCase(Locale.ROOT);
                a.value(c).ifPresent(level -> v.append(v.length() == 0 ? "" : " ").append(label).append('=')
                        .append(level));
            }
            t.row(a.id(), a.name(), a.type().key(), a.owner().orElse("-"), a.classification().orElse("-"), v);
        }
        out.println(t);
    }

    private void matrix(RiskCriteria c) {
        section("2. Risk criteria " + c.reference() + ": likelihood x consequence");
        TextTable t = new TextTable("Likelihood \\ Consequence", c.consequence().level(1).name(),
                c.consequence().level(2).name(), c.consequence().level(3).name(), c.consequence().level(4).name(),
                c.consequence().level(5).name());
        for (int l = c.likelihood().size(); l >= 1; l--) {
            Object[] row = new Object[6];
            row[0] = l + " " + c.likelihood().level(l).name();
            for (int k = 1; k <= 5; k++) {
                row[k] = c.riskLevels().get(c.matrix().level(l, k));
            }
            t.row(row);
        }
        out.println(t);
        out.println("Acceptable up to: " + c.acceptance().defaultLevel() + " (legal consequences: "
                + c.acceptance().perCategory().get(AcmeAssessment.LEGAL) + "); legal has its own 4-level scale.");
        out.println();
    }

    private void profiles(RiskRegister register) {
        section("3. Risk register: inherent -> current -> residual vs target");
        TextTable t = new TextTable("Id", "Scenario", "Owner", "Inherent", "Current", "Residual", "Target", "Status");
        for (RiskScenario s : register.top(register.scenarios().size(), Tier.INHERENT)) {
            RiskProfile p = register.profile(s.id());
            String status = p.meetsTarget() ? "meets target"
                    : register.isAccepted(s.id(), AcmeAssessment.TODAY) ? "accepted" : "OPEN";
            t.row(s.id(), s.title(), s.owner().orElse("-"), p.inherent().level(), p.current().level(),
                    p.residual().level(), p.target().level(), status);
        }
        out.println(t);
    }

    private void heatMaps(RiskRegister register) {
        section("4. Heat maps (scenarios per likelihood x consequence cell)");
        HeatMap before = register.heatMap(Tier.INHERENT);
        HeatMap after = register.heatMap(Tier.RESIDUAL);
        out.println("              inherent            residual");
        for (int l = before.likelihoods(); l >= 1; l--) {
            StringBuilder line = new StringBuilder(String.format("likelihood %d  ", l));
            for (HeatMap h : new HeatMap[] {before, after}) {
                for (int c = 1; c <= h.consequences(); c++) {
                    int n = h.count(l, c);
                    line.append(n == 0 ? " ." : String.format("%2d", n)).append(' ');
                }
                line.append("    ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("consequence   1  2  3  4  5         1  2  3  4  5");
        out.println();
    }

    private void explain(RiskRegister register, String id) {
        section("5. How " + id + " was derived (residual risk is computed, never typed in)");
        for (TierAssessment t : register.profile(id).tiers()) {
            out.println("- " + t.tier() + " " + t.level() + ": " + t.explanation());
        }
        out.println();
    }

    private void treatmentPlan(RiskRegister register) {
        section("6. Treatment plan (ISO/IEC 27001:2022 6.1.3)");
        TextTable t = new TextTable("Id", "Risk", "Option", "Controls (ISO/IEC 27002:2022)", "Owner", "Due", "Status");
        for (RiskTreatment tr : register.treatments()) {
            StringBuilder controls = new StringBuilder();
            for (ControlEffect e : tr.controls()) {
                controls.append(controls.length() == 0 ? "" : ", ").append(e.control().controlId());
            }
            t.row(tr.id(), tr.scenarioId(), tr.option(), controls.length() == 0 ? "-" : controls, tr.owner()
                    .orElse("-"), tr.due().map(Object::toString).orElse("-"), tr.status());
        }
        out.println(t);
    }

    private void controlsSelected(RiskRegister register) {
        section("7. Annex A controls in use or selected (input to the Statement of Applicability)");
        Map<ControlRef, TreeSet<String>> reasons = new TreeMap<>();
        for (RiskScenario s : register.scenarios()) {
            for (ControlEffect e : s.existingControls()) {
                reasons.computeIfAbsent(e.control(), k -> new TreeSet<>()).add("in place for " + s.id());
            }
        }
        for (RiskTreatment tr : register.treatments()) {
            for (ControlEffect e : tr.controls()) {
                reasons.computeIfAbsent(e.control(), k -> new TreeSet<>()).add(tr.id() + " for " + tr.scenarioId());
            }
        }
        TextTable t = new TextTable("Control", "Title", "Theme", "Type", "Why");
        for (Map.Entry<ControlRef, TreeSet<String>> e : reasons.entrySet()) {
            Control c = iso.require(e.getKey().controlId());
            StringBuilder types = new StringBuilder();
            for (AttributeValue v : c.attributes().values(Attribute.CONTROL_TYPE)) {
                types.append(types.length() == 0 ? "" : " ").append(v.tag());
            }
            t.row(c.id(), c.title(), c.theme().orElseThrow().label(), types, String.join("; ", e.getValue()));
        }
        out.println(t);
        out.println(reasons.size() + " of " + iso.size() + " controls are justified by the risk assessment so far.");
        out.println();
    }

    private void crossChecks(RiskRegister register) {
        section("8. Scores stored with the scenarios: ISO 27005 matrix, CVSS, OWASP, NIST SP 800-30, Open FAIR");
        TextTable t = new TextTable("Scenario", "Tier", "Method", "Value", "Level", "Reproduced");
        for (RiskScenario s : register.scenarios()) {
            for (TierScore ts : s.scores()) {
                RiskScore score = ts.score();
                String value = score.methodId().equals(FairScorer.ID) ? String.format(Locale.ROOT, "%,.0f",
                        score.value()) : BigDecimal.valueOf(score.value()).stripTrailingZeros().toPlainString();
                t.row(s.id(), ts.tier(), score.methodId(), TextTable.number(value), score.level(),
                        engine.verify(score, register.criteria()) ? "yes" : "NO");
            }
        }
        out.println(t);
        List<StaleScore> stale = register.verify(engine);
        out.println("register.verify(engine): " + (stale.isEmpty() ? "every stored score is reproduced exactly by"
                + " recomputing it (method, version, parameters, criteria " + register.criteria().reference() + ")."
                : stale.size() + " stale: " + stale));
        out.println();
    }

    private void attention(RiskRegister register, RiskRegister first) {
        section("10. Needs a decision");
        for (RiskScenario s : register.requiringAttention(clock)) {
            RiskProfile p = register.profile(s.id());
            out.println("- " + s.id() + " " + s.title() + ": residual " + p.residual().level() + " above target "
                    + p.target().level() + " and not accepted (owner " + s.owner().orElse("-") + ")");
        }
        RegisterDiff d = register.diff(first);
        out.println();
        out.println("Changes since version " + d.fromVersion() + ": " + d.modified().size()
                + " scenarios treated, accepted or scored, " + d.levelChanges().size() + " level changes, e.g.:");
        d.levelChanges().stream().filter(c -> c.tier() == Tier.RESIDUAL).limit(3).forEach(c -> out.println("- "
                + c.scenarioId() + " residual " + c.from() + " -> " + c.to()));
    }
}
