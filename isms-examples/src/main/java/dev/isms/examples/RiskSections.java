// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.IsmsReport.section;

import dev.isms.core.ControlRef;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetChecks;
import dev.isms.core.asset.AssetIssue;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskProfile;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskScore;
import dev.isms.risk.Tier;
import dev.isms.risk.TierScore;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.StaleScore;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Sections 1 to 4 of the report: scope, assets and their checks, the risk register, the treatment plan. */
final class RiskSections {
    private final PrintStream out;
    private final FernhillIsms isms;
    private final RiskEngine engine;

    RiskSections(PrintStream out, FernhillIsms isms, RiskEngine engine) {
        this.out = out;
        this.isms = isms;
        this.engine = engine;
    }

    void print() {
        section(out, "1. Scope (clause 4.3)");
        out.println(Fernhill.SCOPE);
        out.println();
        assets();
        risks();
        treatments();
    }

    private void assets() {
        RiskRegister r = isms.register();
        section(out, "2. Assets (" + r.assets().size() + ", controls 5.9 to 5.12)");
        TextTable t = new TextTable("Id", "Asset", "Type", "Owner", "Class.", "Location", "State");
        for (Asset a : r.assets().assets()) {
            t.row(a.id(), a.name(), a.type().key(), a.owner().orElse("-"), a.classification().orElse("-"),
                    a.handling().location().map(l -> l.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                            .orElse("-"), a.state().map(s -> s.key()).orElse("-"));
        }
        out.println(t);
        out.println("Daily checks as of " + Fernhill.TODAY + ":");
        for (AssetIssue i : AssetChecks.of(r.assets()).all(List.of(FernhillAssets.LEAVER), Fernhill.TODAY)) {
            out.println("- " + i.asset().id() + " " + i.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ": " + i.reason());
        }
        out.println();
    }

    private void risks() {
        RiskRegister r = isms.register();
        section(out, "3. Risk register (" + r.scenarios().size() + " scenarios, version " + r.version()
                + "): ISO/IEC 27005 matrix and a second method");
        TextTable t = new TextTable("Id", "Scenario", "Owner", "Matrix", "Second method", "Value", "Level", "CVSS",
                "Residual", "Status");
        for (RiskScenario s : r.top(r.scenarios().size(), Tier.INHERENT)) {
            RiskProfile p = r.profile(s.id());
            RiskScore second = s.score(Tier.CURRENT, FernhillScores.second(s.id()).methodId()).orElseThrow();
            String cvss = s.scores().stream().filter(ts -> ts.score().methodId().startsWith("cvss"))
                    .map(ts -> number(ts.score().value()) + " " + ts.score().level()).findFirst().orElse("-");
            String status = p.meetsTarget() ? "meets target" : r.isAccepted(s.id(), Fernhill.TODAY) ? "accepted"
                    : "OPEN";
            t.row(s.id(), s.title(), s.owner().orElse("-"), p.inherent().level(), second.methodId(),
                    TextTable.number(number(second.value())), second.level(), cvss, p.residual().level(), status);
        }
        out.println(t);
        List<StaleScore> stale = r.verify(engine);
        long stored = r.scenarios().stream().mapToLong(s -> s.scores().size()).sum();
        out.println(stored + " scores stored with their scenarios (matrix, OWASP, NIST SP 800-30, CVSS, FAIR); "
                + (stale.isEmpty() ? "all reproduced exactly by recomputing them." : stale.size() + " stale"));
        for (RiskScenario s : r.scenarios()) {
            for (TierScore ts : s.scores()) {
                if (ts.score().methodId().equals("fair")) {
                    out.println(String.format(Locale.ROOT, "Open FAIR %s: annual loss expectancy EUR %,.0f (%s,"
                            + " appetite EUR %,.0f)", s.id(), ts.score().value(), ts.score().level(),
                            FernhillScores.APPETITE));
                }
            }
        }
        out.println();
    }

    private void treatments() {
        section(out, "4. Treatment through applied controls (clause 6.1.3)");
        TextTable t = new TextTable("Id", "Applied control", "Realises (ISO/IEC 27002)", "Treats", "Status", "Due");
        for (AppliedControl c : isms.applied().controls()) {
            StringBuilder refs = new StringBuilder();
            for (ControlRef ref : c.controls()) {
                refs.append(refs.length() == 0 ? "" : " ").append(ref.controlId());
            }
            String due = c.due().map(d -> d + (c.isOverdue(Fernhill.TODAY) ? " OVERDUE" : "")).orElse("-");
            t.row(c.id(), c.name(), refs, c.risks().isEmpty() ? "-" : String.join(" ", c.risks()), c.status().key(),
                    due);
        }
        out.println(t);
        RiskRegister r = isms.register();
        out.println(r.treatments().size() + " treatments select controls through these applied controls; "
                + r.requiringAttention(Fernhill.CLOCK).size() + " risks still need a decision; "
                + isms.applied().overdue(Fernhill.TODAY).size() + " applied control overdue, "
                + isms.applied().expiredEvidence(Fernhill.TODAY).size() + " evidence item expired.");
        out.println();
    }

    private static String number(double v) {
        return v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
                : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
