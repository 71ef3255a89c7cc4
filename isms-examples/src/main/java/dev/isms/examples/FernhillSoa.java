// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.Fernhill.id;

import dev.isms.core.Catalog;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.soa.Applicability;
import dev.isms.core.soa.Approval;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.SoaDraft;
import java.time.LocalDate;
import java.util.List;

/**
 * Fernhill's Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d): drafted from the risk treatments (each control
 * a treatment selects is applicable for risk treatment, linked to its risks), then completed with the legal and
 * regulatory and the contractual requirements, three justified exclusions and the ISMS policy's baseline, so that
 * every control is decided; implementation status derived from the applied controls; approved by the CEO.
 */
final class FernhillSoa {
    static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    /** Control, reason (L = legal or regulatory, C = contractual, B = business), requirement. */
    private static final String REQUIREMENTS = """
            5.31 L GDPR and Irish Data Protection Act 2018; Revenue PAYE Modernisation rules
            5.34 L GDPR Art. 5, 25 and 32 (processor for customers' employee data)
            5.33 L Revenue record retention (6 years) and GDPR storage limitation
            5.32 L Copyright and open-source licence obligations
            5.5 L GDPR Art. 33: breach notification to the Data Protection Commission within 72 hours
            5.28 L GDPR Art. 33(5): documentation of personal data breaches
            8.10 L GDPR Art. 17: erasure on request and at contract end
            8.11 L GDPR Art. 25 and 32: pseudonymisation in support and test
            6.1 L Employment Equality Acts: screening within the law
            5.20 C Customer DPA Schedule 2: sub-processor flow-down
            5.24 C Customer MSA 9.2: incident notice within 24 hours
            5.26 C Customer MSA 9.2: incident notice within 24 hours
            5.30 C Customer SLA: 99.9 % availability, payroll-day RTO 4 hours
            8.13 C Customer SLA: RPO 1 hour
            8.24 C Customer DPA Schedule 2: encryption at rest and in transit
            5.35 C Customer MSA 11.1: yearly independent audit (ISO/IEC 27001 certificate)
            8.29 C Customer MSA 11.3: yearly penetration test
            8.15 C Customer DPA Schedule 2: audit logs kept 12 months
            5.14 C Bank gateway terms: signed bank files
            8.6 B Payroll-day peak (20x normal load) must not degrade service
            5.8 B Product roadmap: security requirements in every epic
            """;
    private static final List<String[]> EXCLUSIONS = List.of(
            new String[] {"7.11", "No equipment of our own needing supporting utilities: the offices hold laptops and"
                + " network gear on the landlord's supply; data centres are the cloud provider's, assured under 5.23"},
            new String[] {"7.12", "No cabling of our own carrying customer data: offices use the landlord's cabling"
                + " and Wi-Fi to the internet only; production runs in the cloud provider's data centres (5.23)"},
            new String[] {"8.30", "No development is outsourced; contractors work as staff under 6.1 to 6.6"});

    private FernhillSoa() {
    }

    /** The draft from the treatment plan: what the risk assessment chose; the rest needs a decision. */
    static StatementOfApplicability draft(Catalog iso, RiskRegister register, AppliedControlSet applied) {
        SoaDraft draft = register.draftSoa(iso, applied, "0.9", DATE);
        if (!draft.isComplete()) {
            throw new IllegalStateException("treatments name controls the SoA cannot place: " + draft.unplaced());
        }
        return draft.statement();
    }

    /** The approved statement: the draft completed so that every control is decided. */
    static StatementOfApplicability approved(StatementOfApplicability draft, AppliedControlSet applied) {
        StatementOfApplicability soa = draft;
        for (String line : REQUIREMENTS.strip().split("\n")) {
            String[] p = line.split(" ", 3);
            SoaEntry e = soa.require(id(p[0]));
            soa = soa.withEntry(e.toBuilder().include(reason(p[1])).requirements(List.of(p[2])).build());
        }
        for (String[] x : EXCLUSIONS) {
            if (soa.require(id(x[0])).applicability() == Applicability.APPLICABLE) {
                throw new IllegalStateException(x[0] + " is applicable and cannot be excluded");
            }
            soa = soa.withEntry(SoaEntry.excluded(id(x[0]), x[1]));
        }
        for (SoaEntry e : soa.undecided()) {
            soa = soa.withEntry(e.toBuilder().include(InclusionReason.BEST_PRACTICE)
                    .justification("Baseline of the information security policy (ISP v3.2)").build());
        }
        return soa.withStatusesFrom(applied).approve("1.0", new Approval("CEO", DATE.plusDays(4)));
    }

    private static InclusionReason reason(String code) {
        switch (code) {
            case "L":
                return InclusionReason.LEGAL_OR_REGULATORY;
            case "C":
                return InclusionReason.CONTRACTUAL;
            default:
                return InclusionReason.BUSINESS_REQUIREMENT;
        }
    }
}
