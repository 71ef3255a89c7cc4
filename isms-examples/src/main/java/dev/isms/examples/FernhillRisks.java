// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.Fernhill.A;
import static dev.isms.examples.Fernhill.C;
import static dev.isms.examples.Fernhill.I;
import static dev.isms.examples.Fernhill.PRIVACY;
import static dev.isms.examples.Fernhill.iso;

import dev.isms.catalog.Catalogs;
import dev.isms.core.asset.AssetType;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.RiskSource;
import dev.isms.risk.ScenarioBasis;
import dev.isms.risk.Threat;
import dev.isms.risk.Vulnerability;
import dev.isms.risk.criteria.AcceptanceCriteria;
import dev.isms.risk.criteria.RiskBand;
import dev.isms.risk.criteria.RiskCriteria;
import dev.isms.risk.criteria.RiskMatrix;
import dev.isms.risk.criteria.Scale;
import dev.isms.risk.cvss.Cvss;
import dev.isms.risk.register.RiskRegister;
import java.util.List;

/**
 * Fernhill's risk criteria (ISO/IEC 27005 5 x 5 matrix, a separate privacy scale), threats, vulnerabilities (three
 * with CVSS vectors) and twenty risk scenarios as identified in the 2026 risk assessment, before treatment.
 */
final class FernhillRisks {
    private FernhillRisks() {
    }

    static RiskCriteria criteria() {
        Scale likelihood = Scale.of("likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain");
        Scale consequence = Scale.of("consequence", "Minor", "Moderate", "Major", "Severe", "Critical");
        RiskMatrix matrix = RiskMatrix.ofProduct(5, 5, List.of(new RiskBand("Low", 1, 4),
                new RiskBand("Medium", 5, 9), new RiskBand("High", 10, 16), new RiskBand("Critical", 17, 25)));
        Scale privacy = Scale.of("privacy consequence", "Minor", "Notifiable", "Regulator fine", "Class action",
                "Loss of licence");
        return RiskCriteria.builder("fernhill-risk-criteria", 2).likelihood(likelihood)
                .consequence(consequence, matrix).consequence(PRIVACY, privacy, matrix)
                .acceptance(AcceptanceCriteria.upTo("Medium").with(PRIVACY, "Low")
                        .with(AssetType.INFORMATION, "Medium"))
                .build();
    }

    /** Version 1 of the register: the scenarios as identified, no treatment yet. */
    static RiskRegister identified() {
        return RiskRegister.builder(criteria()).assets(FernhillAssets.inventory()).catalog(Catalogs.iso27002_2022())
                .threats(threats()).vulnerabilities(vulnerabilities())
                .source(RiskSource.of("S-insider", "Disgruntled or departing support engineer", "adversarial"),
                        RiskSource.of("S-regulator", "Data protection authority (GDPR)", "structural"),
                        RiskSource.of("S-people", "Loss of key platform staff", "structural"))
                .scenarios(scenarios()).build();
    }

    private static List<Threat> threats() {
        return List.of(Threat.of("T-ransomware", "Ransomware"), Threat.of("T-phishing", "Credential phishing"),
                Threat.of("T-tenant", "Cross-tenant data access"), Threat.of("T-exploit", "Exploit of a known flaw"),
                Threat.of("T-outage", "Cloud region or service outage", "environmental"),
                Threat.of("T-tamper", "Tampering with bank files"), Threat.of("T-theft", "Theft or loss of device"),
                Threat.of("T-stale", "Misuse of a leaver's access"), Threat.of("T-secrets", "Leaked secrets"),
                Threat.of("T-misconfig", "Cloud misconfiguration", "accidental"),
                Threat.of("T-supplier", "Compromise of a supplier"), Threat.of("T-ddos", "Denial of service"),
                Threat.of("T-error", "Operator error", "accidental"), Threat.of("T-bec", "Business e-mail compromise"),
                Threat.of("T-pipeline", "Build pipeline compromise"), Threat.of("T-stealth", "Undetected intrusion"),
                Threat.of("T-burglary", "Office break-in"));
    }

    private static List<Vulnerability> vulnerabilities() {
        return List.of(
                Vulnerability.of("V-flat-admin", "Backups reachable with production admin rights"),
                Vulnerability.of("V-weak-mfa", "Push MFA only; no phishing-resistant factor for admins",
                        Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H")),
                Vulnerability.of("V-tenant-check", "Tenant id taken from the request in two report endpoints",
                        Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N")),
                Vulnerability.of("V-old-deps", "Outdated XML library in the payroll engine",
                        Cvss.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N")),
                Vulnerability.of("V-one-region", "Payroll engine runs in one region"),
                Vulnerability.of("V-unsigned", "Bank files not signed end to end"),
                Vulnerability.of("V-mobile", "Laptops used at home and in transit"),
                Vulnerability.of("V-manual-leaver", "Manual de-provisioning of SaaS tools"),
                Vulnerability.of("V-secrets-in-code", "No secret scanning on repositories"),
                Vulnerability.of("V-no-cspm", "No posture management on AWS accounts"),
                Vulnerability.of("V-supplier-access", "Suppliers with standing access"),
                Vulnerability.of("V-no-waf", "No rate limiting or WAF on the portal"),
                Vulnerability.of("V-no-four-eyes", "Migration scripts run without review"),
                Vulnerability.of("V-no-callback", "Bank detail changes accepted by e-mail"),
                Vulnerability.of("V-shared-runner", "Shared CI runners with broad credentials"),
                Vulnerability.of("V-short-logs", "30-day log retention, no alerting on admin actions"),
                Vulnerability.of("V-ground-floor", "Ground-floor office, alarm only"));
    }

    static List<RiskScenario> scenarios() {
        return List.of(
                asset("R-01", "Ransomware encrypts production and its backups", "A-09", "T-ransomware",
                        "V-flat-admin").affects("A-06", "A-01").likelihood(4).consequence(A, 5).consequence(I, 4)
                        .owner("Head of Platform").existing(ControlEffect.consequence(iso("8.13"), 0.3)
                                .because("daily snapshots in the same account")).build(),
                asset("R-02", "Phished administrator takes over the AWS organisation", "A-10", "T-phishing",
                        "V-weak-mfa").affects("A-09").likelihood(4).consequence(C, 5).consequence(I, 5).owner("CISO")
                        .existing(ControlEffect.likelihood(iso("6.3"), 0.2)).build(),
                asset("R-03", "One customer reads another tenant's payroll data", "A-13", "T-tenant",
                        "V-tenant-check").affects("A-01").likelihood(3).consequence(C, 5).consequence(PRIVACY, 5)
                        .owner("CTO").existing(ControlEffect.likelihood(iso("8.28"), 0.3)).build(),
                asset("R-04", "Known flaw in a payroll engine library exploited", "A-13", "T-exploit", "V-old-deps")
                        .affects("A-01", "A-06").likelihood(3).consequence(C, 5).consequence(I, 5).owner("CTO")
                        .build(),
                asset("R-05", "Month-end payroll run late after a region outage", "A-06", "T-outage", "V-one-region")
                        .likelihood(3).consequence(A, 5).owner("COO").build(),
                asset("R-06", "Bank file altered before it reaches the bank", "A-12", "T-tamper", "V-unsigned")
                        .likelihood(2).consequence(I, 5).owner("CFO").build(),
                asset("R-07", "Laptop with customer data lost or stolen", "A-17", "T-theft", "V-mobile")
                        .affects("A-01").likelihood(4).consequence(C, 3).consequence(PRIVACY, 2).owner("Head of IT")
                        .existing(ControlEffect.consequence(iso("8.24"), 0.6).because("full-disk encryption"))
                        .build(),
                RiskScenario.builder("R-08", "Support engineer exports customers' payroll data",
                        ScenarioBasis.eventBased("S-insider", "Bulk export through the support console"))
                        .affects("A-01").likelihood(2).consequence(C, 5).consequence(PRIVACY, 5).owner("COO").build(),
                asset("R-09", "Leaver keeps access to SaaS tools", "A-10", "T-stale", "V-manual-leaver")
                        .affects("A-15", "A-11").likelihood(3).consequence(C, 4).owner("Head of IT").build(),
                asset("R-10", "Cloud keys leaked in a repository", "A-03", "T-secrets", "V-secrets-in-code")
                        .affects("A-05", "A-09").likelihood(3).consequence(C, 5).consequence(I, 4)
                        .owner("Head of Platform").build(),
                asset("R-11", "Misconfigured storage bucket exposes exports", "A-09", "T-misconfig", "V-no-cspm")
                        .affects("A-01").likelihood(3).consequence(C, 5).consequence(PRIVACY, 4)
                        .owner("Head of Platform").build(),
                asset("R-12", "Breach at a supplier with access to our systems", "A-26", "T-supplier",
                        "V-supplier-access").affects("A-09").likelihood(2).consequence(C, 4).consequence(A, 4)
                        .owner("CISO").build(),
                asset("R-13", "Portal unavailable on payroll day (DDoS)", "A-13", "T-ddos", "V-no-waf").affects("A-06")
                        .likelihood(3).consequence(A, 4).owner("Head of Platform").build(),
                asset("R-14", "Customer data corrupted during migration", "A-07", "T-error", "V-no-four-eyes")
                        .affects("A-01").likelihood(3).consequence(I, 4).consequence(A, 3)
                        .owner("Head of Customer Success").build(),
                RiskScenario.builder("R-15", "Personal data kept beyond retention; access requests missed",
                        ScenarioBasis.eventBased("S-regulator", "Complaint and audit by the authority"))
                        .affects("A-01").likelihood(3).consequence(PRIVACY, 4).owner("CPO").build(),
                asset("R-16", "Payroll diverted after a spoofed bank-detail change", "A-25", "T-bec", "V-no-callback")
                        .affects("A-06").likelihood(4).consequence(I, 4).owner("COO")
                        .existing(ControlEffect.likelihood(iso("6.3"), 0.2)).build(),
                asset("R-17", "Malicious code injected through the build pipeline", "A-14", "T-pipeline",
                        "V-shared-runner").affects("A-13").likelihood(2).consequence(I, 5).owner("Head of Platform")
                        .build(),
                asset("R-18", "Intrusion goes undetected for weeks", "A-04", "T-stealth", "V-short-logs")
                        .affects("A-09").likelihood(3).consequence(C, 4).consequence(I, 3).owner("CISO").build(),
                asset("R-19", "Break-in at the Dublin office", "A-22", "T-burglary", "V-ground-floor").likelihood(1)
                        .consequence(C, 2).consequence(A, 2).owner("Office Manager").build(),
                RiskScenario.builder("R-20", "Two senior platform engineers leave at once",
                        ScenarioBasis.eventBased("S-people", "Key-person loss")).affects("A-24").likelihood(2)
                        .consequence(A, 3).owner("CTO").build());
    }

    private static RiskScenario.Builder asset(String id, String title, String asset, String threat, String vuln) {
        return RiskScenario.builder(id, title, ScenarioBasis.assetBased(asset, threat, vuln));
    }
}
