// SPDX-License-Identifier: Apache-2.0
package org.example.risk;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskScore;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.json.RiskJson;
import dev.isms.risk.spi.ScoringRequest;
import java.util.List;
import java.util.Map;

/** Scores a CVSS vector and writes risk JSON with only isms-risk declared (no Bean Validation provider). */
public final class Main {
    private Main() {
    }

    /**
     * Runs the checks; exits non-zero (an exception) if one fails.
     *
     * @param args {@code module-path} or {@code class-path}: how this program was started
     */
    public static void main(String[] args) {
        Checks.launchedOn(args[0], Main.class);
        RiskScore s = RiskEngine.standard().score("cvss-3.1",
                ScoringRequest.of(Map.of("vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")));
        Checks.check(s.value() == 9.8 && s.level().equals("CRITICAL"), "scored " + s);
        Checks.check(!Checks.present("org.hibernate.validator.HibernateValidator"),
                "hibernate-validator is on the path: isms-risk only needs it to read JSON");
        FairScenario fair = FairScenario.of("outage", Distribution.pert(1, 2, 4),
                FairVulnerability.direct(Distribution.pert(0.1, 0.2, 0.4)), Distribution.pert(1e3, 1e4, 1e5));
        String json = RiskJson.defaults().fairScenarios().toJson(List.of(fair));
        Checks.check(json.contains("\"formatVersion\"") && json.contains("\"outage\""), "wrote " + json);
        System.out.println("risk OK on the " + args[0] + ": " + s.value() + " " + s.level());
    }
}
