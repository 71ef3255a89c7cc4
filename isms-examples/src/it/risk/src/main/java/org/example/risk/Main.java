// SPDX-License-Identifier: Apache-2.0
package org.example.risk;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskScore;
import dev.isms.risk.spi.ScoringRequest;
import java.util.Map;

/** Scores a CVSS vector with only isms-risk declared. */
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
        Checks.check(!Checks.present("dev.isms.catalog.Catalogs"), "isms-catalog is on the path: isms-risk needs only core");
        System.out.println("risk OK on the " + args[0] + ": " + s.value() + " " + s.level());
    }
}
