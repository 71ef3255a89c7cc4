// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.Fernhill.iso;

import dev.isms.core.ControlRef;
import dev.isms.core.Evidence;
import dev.isms.core.applied.AppliedControl;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.applied.AppliedControlStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What Fernhill actually does: its applied controls, each realising one or more ISO/IEC 27002:2022 controls and
 * treating the risks named, with owner, status, due date and evidence. {@link FernhillTreatments} builds the risk
 * treatments from them.
 */
final class FernhillControls {
    static final AppliedControl MFA = control("AC-01", "Phishing-resistant MFA (FIDO2) on all admin accounts",
            "CISO", AppliedControlStatus.IMPLEMENTED, "5.17", "8.2", "8.5").treats("R-02", "R-09")
            .evidence(Evidence.of("Okta policy export", "GRC share /evidence/AC-01", LocalDate.of(2026, 9, 2),
                    LocalDate.of(2027, 9, 1))).build();
    static final AppliedControl BACKUP = control("AC-02", "Immutable cross-account backups, restore tested quarterly",
            "Head of Platform", AppliedControlStatus.IMPLEMENTED, "8.13", "5.30", "8.14").treats("R-01", "R-05",
            "R-14").evidence(Evidence.of("Restore test report Q3", "Confluence OPS-412", LocalDate.of(2026, 9, 30),
                    LocalDate.of(2026, 12, 31))).build();
    static final AppliedControl EDR = control("AC-03", "EDR and MDM on every laptop and server", "Head of IT",
            AppliedControlStatus.IMPLEMENTED, "8.1", "8.7", "7.9").treats("R-01", "R-07")
            .evidence(Evidence.of("MDM compliance dashboard", "Intune", LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 30))).build();
    static final AppliedControl PATCHING = control("AC-04", "Dependency and image scanning with 14-day fix SLA",
            "CTO", AppliedControlStatus.DEGRADED, "8.8", "8.25", "8.29").treats("R-04", "R-17").build();
    static final AppliedControl TENANCY = control("AC-05", "Tenant isolation tests in CI and yearly pen test", "CTO",
            AppliedControlStatus.IN_PROGRESS, "8.26", "8.28", "8.29", "8.3").treats("R-03").due(
                    LocalDate.of(2027, 1, 31)).build();
    static final AppliedControl MULTI_REGION = control("AC-06", "Warm standby of the payroll engine in a second region",
            "Head of Platform", AppliedControlStatus.PLANNED, "8.14", "5.29", "5.30").treats("R-05").due(
                    LocalDate.of(2027, 6, 30)).build();
    static final AppliedControl BANK_FILES = control("AC-07", "Signed and encrypted bank files (PGP), four-eyes release",
            "CFO", AppliedControlStatus.IMPLEMENTED, "8.24", "5.14", "5.3").treats("R-06").build();
    static final AppliedControl JOINER_LEAVER = control("AC-08", "Automated joiner-mover-leaver via HR system and SCIM",
            "Head of IT", AppliedControlStatus.IN_PROGRESS, "5.16", "5.18", "6.5", "5.11").treats("R-09", "R-08")
            .due(LocalDate.of(2026, 10, 31)).build();
    static final AppliedControl SECRETS = control("AC-09", "Secret scanning and a vault for all credentials",
            "Head of Platform", AppliedControlStatus.IMPLEMENTED, "5.17", "8.4", "8.24").treats("R-10").build();
    static final AppliedControl CSPM = control("AC-10", "Cloud posture management with guardrails (SCPs)",
            "Head of Platform", AppliedControlStatus.IMPLEMENTED, "5.23", "8.9", "8.20").treats("R-11", "R-12")
            .build();
    static final AppliedControl SUPPLIERS = control("AC-11", "Supplier security reviews and DPAs before onboarding",
            "CFO", AppliedControlStatus.IMPLEMENTED, "5.19", "5.20", "5.21", "5.22").treats("R-12").build();
    static final AppliedControl WAF = control("AC-12", "WAF, rate limiting and DDoS protection on the portal",
            "Head of Platform", AppliedControlStatus.IMPLEMENTED, "8.20", "8.21", "8.6").treats("R-13").build();
    static final AppliedControl CHANGE = control("AC-13", "Reviewed and tested changes, migrations with four eyes",
            "CTO", AppliedControlStatus.IMPLEMENTED, "8.32", "8.31", "8.33").treats("R-14", "R-17").build();
    static final AppliedControl PRIVACY = control("AC-14", "Records of processing, retention schedule, DSAR workflow",
            "CPO", AppliedControlStatus.IN_PROGRESS, "5.34", "5.33", "8.10", "8.11").treats("R-15", "R-08")
            .due(LocalDate.of(2027, 3, 31)).build();
    static final AppliedControl CALLBACK = control("AC-15", "Call-back check for bank detail changes; awareness drills",
            "COO", AppliedControlStatus.IMPLEMENTED, "6.3", "5.14", "6.8").treats("R-16", "R-02").build();
    static final AppliedControl SIEM = control("AC-16", "Central logging (13 months) and 24x7 MDR alerting", "CISO",
            AppliedControlStatus.IMPLEMENTED, "8.15", "8.16", "8.17", "5.25").treats("R-18", "R-01").build();
    static final AppliedControl PIPELINE = control("AC-17", "Isolated build runners, signed artefacts", "Head of Platform",
            AppliedControlStatus.PLANNED, "8.25", "8.27", "8.4").treats("R-17").due(LocalDate.of(2027, 4, 30))
            .build();
    static final AppliedControl DLP = control("AC-18", "Support console with masking and export alerts", "COO",
            AppliedControlStatus.IN_PROGRESS, "8.11", "8.12", "5.15").treats("R-08").due(LocalDate.of(2027, 2, 28))
            .build();
    static final AppliedControl INCIDENT = control("AC-19", "Incident response plan, on-call and yearly exercise",
            "CISO", AppliedControlStatus.IMPLEMENTED, "5.24", "5.26", "5.27", "5.28").treats("R-01", "R-18").build();
    static final AppliedControl POLICIES = control("AC-20", "Policy set, roles and yearly management review", "CISO",
            AppliedControlStatus.IMPLEMENTED, "5.1", "5.2", "5.4", "5.36", "5.37").build();
    static final AppliedControl PEOPLE = control("AC-21", "Screening, contracts, NDAs and onboarding training",
            "Head of People", AppliedControlStatus.IMPLEMENTED, "6.1", "6.2", "6.4", "6.6").build();
    static final AppliedControl OFFICES = control("AC-22", "Badge access, alarm and clear desk in both offices",
            "Office Manager", AppliedControlStatus.IMPLEMENTED, "7.1", "7.2", "7.3", "7.4", "7.7").build();

    private FernhillControls() {
    }

    static AppliedControlSet all() {
        return AppliedControlSet.of(MFA, BACKUP, EDR, PATCHING, TENANCY, MULTI_REGION, BANK_FILES, JOINER_LEAVER,
                SECRETS, CSPM, SUPPLIERS, WAF, CHANGE, PRIVACY, CALLBACK, SIEM, PIPELINE, DLP, INCIDENT, POLICIES,
                PEOPLE, OFFICES);
    }

    private static AppliedControl.Builder control(String id, String name, String owner, AppliedControlStatus status,
            String... controls) {
        List<ControlRef> refs = new ArrayList<>();
        for (String c : controls) {
            refs.add(iso(c));
        }
        return AppliedControl.builder(id, name).realises(refs).owner(owner).status(status);
    }
}
