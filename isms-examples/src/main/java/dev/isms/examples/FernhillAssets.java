// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.Fernhill.A;
import static dev.isms.examples.Fernhill.C;
import static dev.isms.examples.Fernhill.I;
import static dev.isms.examples.Fernhill.PRIVACY;

import dev.isms.core.asset.Asset;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.asset.AssetLifecycle;
import dev.isms.core.asset.AssetLocation;
import dev.isms.core.asset.AssetLocation.Kind;
import dev.isms.core.asset.AssetState;
import dev.isms.core.asset.AssetType;
import dev.isms.core.asset.Leaver;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Fernhill's asset inventory (ISO/IEC 27002:2022 5.9 to 5.12, 6.7, 7.10, 7.13, 7.14): the information it holds for
 * its customers, the processes, the platform in the cloud, the offices, laptops at home, people and suppliers; with
 * owners, classification, label, location and lifecycle. Three assets are left for the daily checks to find: a
 * leaver's laptop not returned, a disposed laptop without erasure evidence, an office firewall overdue for
 * maintenance.
 */
final class FernhillAssets {
    static final AssetLocation AWS = AssetLocation.of(Kind.CLOUD, "AWS eu-west-1 (Dublin), eu-central-1 backup");
    static final AssetLocation DUBLIN = AssetLocation.of(Kind.ON_PREMISES, "Dublin head office");
    static final AssetLocation LEEDS = AssetLocation.of(Kind.ON_PREMISES, "Leeds support office");
    static final AssetLocation HOME = AssetLocation.of(Kind.REMOTE_WORK, "Employees' homes (hybrid work)");
    static final AssetLocation SAAS = AssetLocation.of(Kind.THIRD_PARTY, "Supplier's SaaS");
    /** A support engineer who left; her laptop is not recorded as returned. */
    static final Leaver LEAVER = new Leaver("Aoife Byrne", LocalDate.of(2026, 10, 31));

    private FernhillAssets() {
    }

    static AssetInventory inventory() {
        return AssetInventory.of(List.of(
                info("A-01", "Employee and payroll records of customers' staff (PII, bank details)", "CPO", 5, 5, 4)
                        .value(PRIVACY, 4).build(),
                info("A-02", "Customer contracts, DPAs and billing data", "CFO", 4, 4, 3).build(),
                info("A-03", "Payroll engine source code", "CTO", 4, 5, 3).location(AssetLocation.of(Kind.THIRD_PARTY,
                        "GitHub Enterprise Cloud")).build(),
                info("A-04", "Audit logs and security telemetry", "CISO", 3, 5, 3).location(AWS).build(),
                info("A-05", "Encryption keys and secrets (KMS, Vault)", "Head of Platform", 5, 5, 5).location(AWS)
                        .build(),
                Asset.builder("A-06", "Monthly payroll run for customers", AssetType.BUSINESS_PROCESS).owner("COO")
                        .value(A, 5).value(I, 5).build(),
                Asset.builder("A-07", "Customer onboarding and data migration", AssetType.BUSINESS_PROCESS)
                        .owner("Head of Customer Success").value(C, 4).value(I, 4).build(),
                Asset.builder("A-08", "Customer support (tickets, screen sharing)", AssetType.BUSINESS_PROCESS)
                        .owner("Head of Support").value(C, 4).value(A, 3).build(),
                cloud("A-09", "Production AWS accounts (EKS, RDS PostgreSQL, S3)", "Head of Platform", 5, 5, 5),
                cloud("A-10", "Identity provider (Okta) and SSO", "CISO", 4, 5, 5),
                cloud("A-11", "Microsoft 365 (mail, SharePoint, Teams)", "Head of IT", 4, 3, 4),
                cloud("A-12", "Payment and bank file gateway (SEPA/BACS)", "CFO", 4, 5, 5),
                software("A-13", "Fernhill People web and mobile apps", "CTO"),
                software("A-14", "CI/CD pipeline and container registry", "Head of Platform"),
                cloud("A-15", "Ticketing and CRM (Zendesk, HubSpot)", "Head of Support", 4, 3, 3),
                Asset.builder("A-16", "Office network and firewall, Dublin", AssetType.NETWORK).owner("Head of IT")
                        .value(A, 3).location(DUBLIN).custodian("IT Operations").maintenanceEvery(Period.ofMonths(6))
                        .lifecycle(AssetLifecycle.start(AssetState.IN_USE, LocalDate.of(2025, 9, 1))).build(),
                laptop("A-17", "Engineering laptops (68, full-disk encryption, MDM)", "Engineering managers",
                        LocalDate.of(2024, 1, 15)),
                laptop("A-18", "Support and sales laptops (74, MDM)", "Team leads", LocalDate.of(2024, 3, 1)),
                leaversLaptop(),
                disposedLaptop(),
                Asset.builder("A-21", "Backup media vault (offline copies)", AssetType.HARDWARE).owner("Head of IT")
                        .classification("Confidential").label("CONFIDENTIAL").location(LEEDS).value(C, 5).value(A, 4)
                        .lifecycle(AssetLifecycle.start(AssetState.IN_USE, LocalDate.of(2025, 2, 1))).build(),
                Asset.builder("A-22", "Dublin head office", AssetType.SITE).owner("Office Manager").value(A, 2)
                        .location(DUBLIN).build(),
                Asset.builder("A-23", "Leeds support office", AssetType.SITE).owner("Office Manager").value(A, 2)
                        .location(LEEDS).build(),
                Asset.builder("A-24", "Platform engineers and administrators (12)", AssetType.PEOPLE).owner("CTO")
                        .value(A, 4).build(),
                Asset.builder("A-25", "Payroll specialists (customer-facing, 20)", AssetType.PEOPLE).owner("COO")
                        .value(A, 4).value(C, 4).build(),
                Asset.builder("A-26", "Managed security operations provider (MDR)", AssetType.ORGANIZATION)
                        .owner("CISO").location(SAAS).value(A, 3).build()));
    }

    private static Asset.Builder info(String id, String name, String owner, int c, int i, int a) {
        return Asset.builder(id, name, AssetType.INFORMATION).owner(owner).classification(c >= 5 ? "Restricted"
                : "Confidential").label(c >= 5 ? "RESTRICTED" : "CONFIDENTIAL").location(AWS)
                .acceptableUse("Need to know; never copied to personal devices or e-mail").value(C, c).value(I, i)
                .value(A, a);
    }

    private static Asset cloud(String id, String name, String owner, int c, int i, int a) {
        return Asset.builder(id, name, AssetType.CLOUD_SERVICE).owner(owner).classification("Confidential")
                .location(id.equals("A-09") ? AWS : SAAS).value(C, c).value(I, i).value(A, a).build();
    }

    private static Asset software(String id, String name, String owner) {
        return Asset.builder(id, name, AssetType.SOFTWARE).owner(owner).classification("Internal").location(AWS)
                .value(I, 5).value(A, 5).build();
    }

    private static Asset laptop(String id, String name, String custodian, LocalDate since) {
        return Asset.builder(id, name, AssetType.HARDWARE).owner("Head of IT").classification("Confidential")
                .location(HOME).custodian(custodian).acceptableUse("Company use only; lock screen; no shared use")
                .maintenanceEvery(Period.ofYears(1)).value(C, 4).value(A, 2)
                .lifecycle(AssetLifecycle.start(AssetState.IN_USE, since).moveTo(AssetState.IN_MAINTENANCE,
                        LocalDate.of(2026, 6, 1)).moveTo(AssetState.IN_USE, LocalDate.of(2026, 6, 8))).build();
    }

    private static Asset leaversLaptop() {
        return Asset.builder("A-19", "Laptop FH-L-0231 (support engineer)", AssetType.HARDWARE).owner("Head of IT")
                .classification("Confidential").location(HOME).custodian(LEAVER.person()).value(C, 4)
                .lifecycle(AssetLifecycle.start(AssetState.IN_USE, LocalDate.of(2023, 5, 2))).build();
    }

    private static Asset disposedLaptop() {
        return Asset.builder("A-20", "Laptop FH-L-0107 (end of life)", AssetType.HARDWARE).owner("Head of IT")
                .classification("Confidential").location(DUBLIN).value(C, 4)
                .lifecycle(AssetLifecycle.start(AssetState.IN_USE, LocalDate.of(2021, 3, 1))
                        .moveTo(AssetState.RETURNED, LocalDate.of(2026, 8, 3))
                        .moveTo(AssetState.DISPOSED, LocalDate.of(2026, 9, 14))).build();
    }

}
