// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.Tier;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.fair.Distribution;
import dev.isms.risk.fair.FairScenario;
import dev.isms.risk.fair.FairVulnerability;
import dev.isms.risk.method.CvssRequest;
import dev.isms.risk.method.FairRequest;
import dev.isms.risk.method.MatrixRequest;
import dev.isms.risk.method.Nist80030.Level;
import dev.isms.risk.method.Nist80030Request;
import dev.isms.risk.method.OwaspRequest;
import dev.isms.risk.method.OwaspRiskRating;
import dev.isms.risk.register.RegisterEdit;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.spi.MethodRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every scenario scored with two methods: the ISO/IEC 27005 matrix of Fernhill's criteria on the inherent tier, and
 * OWASP Risk Rating (application risks) or NIST SP 800-30 (the others) on the current tier; CVSS for the three
 * vulnerabilities that have a vector, and Open FAIR in euros for ransomware and payroll diversion.
 */
final class FernhillScores {
    /** The seed of the FAIR runs. */
    static final long SEED = 20261128L;
    /** The annual loss Fernhill's board accepts, in euros. */
    static final double APPETITE = 400_000;
    private static final Map<String, String> OWASP = Map.of(
            "R-02", "SL:6/M:8/O:7/S:6/ED:6/EE:6/A:6/ID:6/LC:9/LI:9/LAV:7/LAC:9/FD:7/RD:9/NC:7/PV:9",
            "R-03", "SL:5/M:6/O:4/S:9/ED:3/EE:5/A:6/ID:8/LC:7/LI:1/LAV:5/LAC:3/FD:7/RD:9/NC:7/PV:9",
            "R-04", "SL:5/M:7/O:7/S:9/ED:7/EE:7/A:6/ID:6/LC:7/LI:7/LAV:7/LAC:7/FD:7/RD:7/NC:7/PV:9",
            "R-10", "SL:5/M:6/O:6/S:6/ED:7/EE:5/A:4/ID:8/LC:9/LI:5/LAV:7/LAC:7/FD:7/RD:5/NC:5/PV:7",
            "R-11", "SL:3/M:4/O:6/S:9/ED:7/EE:5/A:9/ID:6/LC:7/LI:1/LAV:5/LAC:1/FD:3/RD:9/NC:7/PV:9",
            "R-13", "SL:4/M:4/O:4/S:9/ED:7/EE:7/A:9/ID:3/LC:1/LI:1/LAV:9/LAC:1/FD:3/RD:5/NC:3/PV:3",
            "R-17", "SL:6/M:6/O:4/S:4/ED:3/EE:3/A:4/ID:8/LC:2/LI:9/LAV:7/LAC:7/FD:7/RD:9/NC:5/PV:7");
    private static final Map<String, Nist80030Request> NIST = Map.ofEntries(
            Map.entry("R-01", Nist80030Request.adversarial(Level.HIGH, Level.HIGH, Level.VERY_HIGH)),
            Map.entry("R-05", Nist80030Request.nonAdversarial(Level.MODERATE, Level.HIGH, Level.HIGH)),
            Map.entry("R-06", Nist80030Request.adversarial(Level.LOW, Level.MODERATE, Level.VERY_HIGH)),
            Map.entry("R-07", Nist80030Request.nonAdversarial(Level.HIGH, Level.LOW, Level.MODERATE)),
            Map.entry("R-08", Nist80030Request.adversarial(Level.LOW, Level.HIGH, Level.VERY_HIGH)),
            Map.entry("R-09", Nist80030Request.adversarial(Level.MODERATE, Level.MODERATE, Level.HIGH)),
            Map.entry("R-12", Nist80030Request.adversarial(Level.LOW, Level.MODERATE, Level.HIGH)),
            Map.entry("R-14", Nist80030Request.nonAdversarial(Level.MODERATE, Level.MODERATE, Level.MODERATE)),
            Map.entry("R-15", Nist80030Request.nonAdversarial(Level.MODERATE, Level.HIGH, Level.MODERATE)),
            Map.entry("R-16", Nist80030Request.adversarial(Level.HIGH, Level.MODERATE, Level.HIGH)),
            Map.entry("R-18", Nist80030Request.adversarial(Level.MODERATE, Level.MODERATE, Level.HIGH)),
            Map.entry("R-19", Nist80030Request.adversarial(Level.VERY_LOW, Level.MODERATE, Level.LOW)),
            Map.entry("R-20", Nist80030Request.nonAdversarial(Level.LOW, Level.HIGH, Level.MODERATE)));
    /** R-01 ransomware: beta-PERT frequency and vulnerability, lognormal loss (EUR). */
    static final FairScenario RANSOMWARE = FairScenario.of("R-01 ransomware", Distribution.pert(0.3, 1, 3),
            FairVulnerability.direct(Distribution.pert(0.05, 0.1, 0.3)), Distribution.logNormal90(80_000, 2_500_000));
    /** R-16 payroll diversion: beta-PERT throughout (EUR). */
    static final FairScenario DIVERSION = FairScenario.of("R-16 payroll diversion", Distribution.pert(2, 6, 15),
            FairVulnerability.direct(Distribution.pert(0.02, 0.08, 0.2)), Distribution.pert(5_000, 40_000, 250_000));

    private FernhillScores() {
    }

    /** The register with every score stored with the scenario it scores, as one batch (one version). */
    static RiskRegister scored(RiskRegister r, RiskEngine engine) {
        List<RegisterEdit> edits = new ArrayList<>();
        for (RiskScenario s : r.scenarios()) {
            edits.add(put(s.id(), Tier.INHERENT, engine, MatrixRequest.from(r.criteria(), s)));
            edits.add(put(s.id(), Tier.CURRENT, engine, second(s.id())));
            if (s.basis() instanceof ScenarioBasis.AssetBased) {
                r.vulnerability(((ScenarioBasis.AssetBased) s.basis()).vulnerabilityId()).flatMap(Vulnerability::cvss)
                        .ifPresent(cvss -> edits.add(put(s.id(), Tier.INHERENT, engine, CvssRequest.of(cvss))));
            }
        }
        edits.add(put("R-01", Tier.CURRENT, engine, FairRequest.of(RANSOMWARE, SEED).withAppetite(APPETITE)));
        edits.add(put("R-16", Tier.CURRENT, engine, FairRequest.of(DIVERSION, SEED).withAppetite(APPETITE)));
        return r.apply(edits);
    }

    /** {@return the second method's request for a scenario: OWASP for application risks, else NIST SP 800-30} */
    static MethodRequest second(String scenarioId) {
        String owasp = OWASP.get(scenarioId);
        return owasp != null ? OwaspRequest.of(OwaspRiskRating.parse(owasp)) : NIST.get(scenarioId);
    }

    private static RegisterEdit put(String id, Tier tier, RiskEngine engine, MethodRequest request) {
        return RegisterEdit.putScore(id, tier, engine.score(request));
    }
}
