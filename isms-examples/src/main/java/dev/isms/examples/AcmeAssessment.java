// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.catalog.Catalogs;
import dev.isms.core.ControlRef;
import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.ConsequenceCategory;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskSource;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.Threat;
import dev.isms.risk.Tier;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.AcceptanceCriteria;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.method.CvssRequest;
import dev.isms.risk.method.FairRequest;
import dev.isms.risk.method.MatrixRequest;
import dev.isms.risk.method.Nist80030.Level;
import dev.isms.risk.method.Nist80030Request;
import dev.isms.risk.method.OwaspRequest;
import dev.isms.risk.method.OwaspRiskRating;
import dev.isms.risk.register.RegisterEdit;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import dev.isms.risk.register.TreatmentOption;
import dev.isms.risk.register.TreatmentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of the example assessment: a small online retailer's assets, criteria, scenarios, treatments, one
 * acceptance and the scores of the published methods stored with their scenarios, built the way a developer
 * scripting an assessment would. {@link AssessmentReport} prints it.
 */
final class AcmeAssessment {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final ConsequenceCategory C = ConsequenceCategory.CONFIDENTIALITY;
    static final ConsequenceCategory I = ConsequenceCategory.INTEGRITY;
    static final ConsequenceCategory A = ConsequenceCategory.AVAILABILITY;
    static final ConsequenceCategory LEGAL = ConsequenceCategory.of("legal");

    private AcmeAssessment() {
    }

    static ControlRef iso(String id) {
        return ControlRef.of("iso27002:2022", id);
    }

    static RiskCriteria criteria() {
        Scale likelihood = Scale.of("likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain");
        Scale consequence = Scale.of("consequence", "Minor", "Moderate", "Major", "Severe", "Critical");
        RiskMatrix matrix = RiskMatrix.ofProduct(5, 5, List.of(new RiskBand("Low", 1, 4),
                new RiskBand("Medium", 5, 9), new RiskBand("High", 10, 16), new RiskBand("Critical", 17, 25)));
        Scale legal = Scale.of("legal consequence", "Warning", "Fine", "Major fine", "Licence at risk");
        RiskMatrix legalMatrix = RiskMatrix.of(matrix.levels(), new int[][] {
            {0, 0, 1, 2}, {0, 1, 1, 2}, {0, 1, 2, 3}, {1, 2, 2, 3}, {1, 2, 3, 3}});
        return RiskCriteria.builder("acme-risk-criteria", 3).likelihood(likelihood).consequence(consequence, matrix)
                .consequence(LEGAL, legal, legalMatrix)
                .acceptance(AcceptanceCriteria.upTo("Medium").with(LEGAL, "Low").with(AssetType.INFORMATION, "Medium"))
                .build();
    }

    static AssetInventory assets() {
        return AssetInventory.of(
                Asset.builder("A-01", "Customer database (PII, order history)", AssetType.INFORMATION)
                        .owner("Head of Sales").classification("Confidential").value(C, 5).value(I, 4).value(A, 4)
                        .value(LEGAL, 4).build(),
                Asset.builder("A-02", "Order-to-cash process", AssetType.BUSINESS_PROCESS).owner("COO")
                        .value(A, 5).value(I, 4).build(),
                Asset.builder("A-03", "Web shop (Java, public)", AssetType.SOFTWARE).owner("CTO")
                        .classification("Internal").value(A, 5).value(I, 4).build(),
                Asset.builder("A-04", "Payment service provider", AssetType.CLOUD_SERVICE).owner("CFO")
                        .value(A, 4).value(C, 4).build(),
                Asset.builder("A-05", "Warehouse and server room", AssetType.SITE).owner("Facilities").value(A, 3)
                        .build(),
                Asset.builder("A-06", "Developers and administrators", AssetType.PEOPLE).owner("CTO").build());
    }

    static List<RiskScenario> scenarios() {
        return List.of(
                RiskScenario.builder("R-01", "Ransomware encrypts the order and customer systems",
                        ScenarioBasis.assetBased("A-03", "T-ransomware", "V-unpatched")).affects("A-01", "A-02")
                        .likelihood(4).consequence(A, 5).consequence(I, 3).owner("CTO")
                        .existing(ControlEffect.likelihood(iso("8.7"), 0.4).because("AV on servers, no EDR"),
                                ControlEffect.consequence(iso("8.13"), 0.5).because("nightly backups, untested"))
                        .build(),
                RiskScenario.builder("R-02", "SQL injection in the web shop exposes customer data",
                        ScenarioBasis.assetBased("A-03", "T-injection", "V-sqli")).affects("A-01").likelihood(3)
                        .consequence(C, 5).consequence(LEGAL, 4).owner("CTO")
                        .existing(ControlEffect.likelihood(iso("8.28"), 0.3).because("code review, no SAST")).build(),
                RiskScenario.builder("R-03", "Insider exports the customer list before leaving",
                        ScenarioBasis.eventBased("S-insider", "Bulk export of customer records")).affects("A-01")
                        .likelihood(2).consequence(C, 4).consequence(LEGAL, 3).owner("Head of Sales")
                        .existing(ControlEffect.likelihood(iso("5.15"), 0.5)).build(),
                RiskScenario.builder("R-04", "Payment provider outage stops checkout",
                        ScenarioBasis.assetBased("A-04", "T-outage", "V-single-psp")).affects("A-02").likelihood(3)
                        .consequence(A, 4).owner("CFO").existing(ControlEffect.consequence(iso("5.20"), 0.2))
                        .build(),
                RiskScenario.builder("R-05", "Phished administrator credentials",
                        ScenarioBasis.assetBased("A-06", "T-phishing", "V-no-mfa")).affects("A-03", "A-01")
                        .likelihood(4).consequence(C, 4).consequence(I, 4).owner("CTO")
                        .existing(ControlEffect.likelihood(iso("6.3"), 0.3).because("annual awareness course"))
                        .build(),
                RiskScenario.builder("R-06", "Water leak damages the server room",
                        ScenarioBasis.assetBased("A-05", "T-flood", "V-basement")).likelihood(1).consequence(A, 3)
                        .owner("Facilities").build());
    }

    static List<RiskTreatment> treatments() {
        return List.of(
                RiskTreatment.builder("T-01", "R-01", TreatmentOption.MODIFY)
                        .control(ControlEffect.likelihood(iso("8.8"), 0.5), ControlEffect.likelihood(iso("8.7"), 0.5),
                                ControlEffect.consequence(iso("8.13"), 0.6), ControlEffect.consequence(iso("5.30"), 0.3))
                        .owner("Head of IT operations").due(LocalDate.of(2027, 3, 31)).status(TreatmentStatus.APPROVED)
                        .build(),
                RiskTreatment.builder("T-02", "R-02", TreatmentOption.MODIFY)
                        .control(ControlEffect.likelihood(iso("8.29"), 0.6), ControlEffect.likelihood(iso("8.26"), 0.4),
                                ControlEffect.consequence(iso("8.11"), 0.5))
                        .owner("Lead developer").due(LocalDate.of(2027, 2, 28)).status(TreatmentStatus.IN_PROGRESS)
                        .build(),
                RiskTreatment.builder("T-03", "R-03", TreatmentOption.MODIFY)
                        .control(ControlEffect.likelihood(iso("8.12"), 0.5), ControlEffect.likelihood(iso("5.11"), 0.3))
                        .owner("Head of Sales").due(LocalDate.of(2027, 6, 30)).build(),
                RiskTreatment.builder("T-04", "R-04", TreatmentOption.SHARE)
                        .control(ControlEffect.consequence(iso("5.21"), 0.5).because("second PSP under contract"))
                        .owner("CFO").due(LocalDate.of(2027, 1, 31)).status(TreatmentStatus.APPROVED).build(),
                RiskTreatment.builder("T-05", "R-05", TreatmentOption.MODIFY)
                        .control(ControlEffect.likelihood(iso("8.5"), 0.8).because("phishing-resistant MFA"))
                        .owner("CTO").due(LocalDate.of(2026, 12, 31)).status(TreatmentStatus.IMPLEMENTED).build(),
                RiskTreatment.builder("T-06", "R-06", TreatmentOption.RETAIN).owner("Facilities").build());
    }

    /** Version 1: the scenarios as identified; later versions add treatments and an acceptance. */
    static RiskRegister firstRegister() {
        RiskRegister.Builder b = RiskRegister.builder(criteria()).assets(assets()).catalog(Catalogs.iso27002_2022())
                .threat(Threat.of("T-ransomware", "Ransomware"), Threat.of("T-injection", "SQL injection"),
                        Threat.of("T-outage", "Supplier outage"), Threat.of("T-phishing", "Credential phishing"),
                        Threat.of("T-flood", "Water leak", "environmental"))
                .vulnerability(Vulnerability.of("V-unpatched", "Unpatched internet-facing server",
                        Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")),
                        Vulnerability.of("V-sqli", "Unparameterised search query",
                                Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:L/VA:N/SC:N/SI:N/SA:N")),
                        Vulnerability.of("V-single-psp", "Single payment provider"),
                        Vulnerability.of("V-no-mfa", "Administrator logins without MFA",
                                Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:N")),
                        Vulnerability.of("V-basement", "Server room below ground level"))
                .source(RiskSource.of("S-insider", "Departing sales employee", "adversarial"));
        return b.scenarios(scenarios()).build();
    }

    /**
     * The current register: every treatment added (one version each), the flood risk accepted for a year, then in
     * one batch (one version) the scores of the published methods stored with the scenarios they score.
     */
    static RiskRegister currentRegister(RiskRegister first, RiskEngine engine) {
        RiskRegister r = first;
        for (RiskTreatment t : treatments()) {
            r = r.withTreatment(t);
        }
        r = r.withAcceptance(RiskAcceptance.of("R-06", "Managing director", TODAY.minusMonths(2),
                "Server room moves to the cloud in 2027", TODAY.plusMonths(10)));
        return r.apply(scores(r, engine));
    }

    /** Scores each scenario with the methods that fit it, as edits storing them at the tier they assess. */
    static List<RegisterEdit> scores(RiskRegister r, RiskEngine engine) {
        List<RegisterEdit> edits = new ArrayList<>();
        for (RiskScenario s : r.scenarios()) {
            edits.add(RegisterEdit.putScore(s.id(), Tier.INHERENT, engine.score(MatrixRequest.from(r.criteria(), s))));
            if (s.basis() instanceof ScenarioBasis.AssetBased) {
                r.vulnerability(((ScenarioBasis.AssetBased) s.basis()).vulnerabilityId()).flatMap(Vulnerability::cvss)
                        .ifPresent(cvss -> edits.add(RegisterEdit.putScore(s.id(), Tier.INHERENT,
                                engine.score(CvssRequest.of(cvss)))));
            }
        }
        edits.add(RegisterEdit.putScore("R-02", Tier.CURRENT, engine.score(OwaspRequest.of(OwaspRiskRating.parse(
                "SL:6/M:7/O:7/S:9/ED:7/EE:5/A:6/ID:8/LC:9/LI:5/LAV:1/LAC:7/FD:5/RD:7/NC:7/PV:9")))));
        edits.add(RegisterEdit.putScore("R-03", Tier.CURRENT, engine.score(Nist80030Request.adversarial(
                Level.MODERATE, Level.HIGH, Level.HIGH))));
        edits.add(RegisterEdit.putScore("R-01", Tier.CURRENT, engine.score(FairRequest.of(FairSection.RANSOMWARE,
                FairSection.SEED).withAppetite(FairSection.APPETITE))));
        edits.add(RegisterEdit.putScore("R-04", Tier.CURRENT, engine.score(FairRequest.of(FairSection.PSP_OUTAGE,
                FairSection.SEED).withAppetite(FairSection.APPETITE))));
        return edits;
    }
}
