// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static dev.isms.examples.FernhillControls.BACKUP;
import static dev.isms.examples.FernhillControls.BANK_FILES;
import static dev.isms.examples.FernhillControls.CALLBACK;
import static dev.isms.examples.FernhillControls.CHANGE;
import static dev.isms.examples.FernhillControls.CSPM;
import static dev.isms.examples.FernhillControls.DLP;
import static dev.isms.examples.FernhillControls.EDR;
import static dev.isms.examples.FernhillControls.INCIDENT;
import static dev.isms.examples.FernhillControls.JOINER_LEAVER;
import static dev.isms.examples.FernhillControls.MFA;
import static dev.isms.examples.FernhillControls.MULTI_REGION;
import static dev.isms.examples.FernhillControls.PATCHING;
import static dev.isms.examples.FernhillControls.PIPELINE;
import static dev.isms.examples.FernhillControls.PRIVACY;
import static dev.isms.examples.FernhillControls.SECRETS;
import static dev.isms.examples.FernhillControls.SIEM;
import static dev.isms.examples.FernhillControls.SUPPLIERS;
import static dev.isms.examples.FernhillControls.TENANCY;
import static dev.isms.examples.FernhillControls.WAF;

import dev.isms.core.ControlRef;
import dev.isms.core.applied.AppliedControl;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.register.RiskAcceptance;
import dev.isms.risk.register.RiskRegister;
import dev.isms.risk.register.RiskTreatment;
import dev.isms.risk.register.TreatmentOption;
import dev.isms.risk.register.TreatmentStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * Fernhill's risk treatment plan (ISO/IEC 27001:2022 6.1.3): each treatment names the applied control that leads it
 * and selects ISO/IEC 27002:2022 controls through the applied controls that realise them (an effect names a control
 * its applied control must realise), and
 * two small risks are retained and accepted by the risk owner.
 */
final class FernhillTreatments {
    private FernhillTreatments() {
    }

    static List<RiskTreatment> treatments() {
        return List.of(
                modify("T-01", "R-01", BACKUP, consequence(BACKUP, "8.13", 0.6), likelihood(EDR, "8.7", 0.4),
                        likelihood(SIEM, "8.16", 0.3), consequence(INCIDENT, "5.26", 0.3)),
                modify("T-02", "R-02", MFA, likelihood(MFA, "8.5", 0.8), likelihood(MFA, "8.2", 0.3),
                        likelihood(CALLBACK, "6.3", 0.2)),
                modify("T-03", "R-03", TENANCY, likelihood(TENANCY, "8.26", 0.5), likelihood(TENANCY, "8.29", 0.5)),
                modify("T-04", "R-04", PATCHING, likelihood(PATCHING, "8.8", 0.6), likelihood(PATCHING, "8.25", 0.2)),
                modify("T-05", "R-05", MULTI_REGION, consequence(MULTI_REGION, "8.14", 0.7),
                        consequence(BACKUP, "5.30", 0.3)),
                modify("T-06", "R-06", BANK_FILES, likelihood(BANK_FILES, "8.24", 0.7), likelihood(BANK_FILES, "5.3",
                        0.3)),
                modify("T-07", "R-07", EDR, likelihood(EDR, "7.9", 0.3), consequence(EDR, "8.1", 0.5)),
                modify("T-08", "R-08", DLP, likelihood(DLP, "8.12", 0.5), consequence(DLP, "8.11", 0.5),
                        likelihood(JOINER_LEAVER, "5.18", 0.3), consequence(PRIVACY, "5.34", 0.2)),
                modify("T-09", "R-09", JOINER_LEAVER, likelihood(JOINER_LEAVER, "6.5", 0.6),
                        likelihood(JOINER_LEAVER, "5.16", 0.3), likelihood(MFA, "5.17", 0.2)),
                modify("T-10", "R-10", SECRETS, likelihood(SECRETS, "8.4", 0.4), consequence(SECRETS, "5.17", 0.6)),
                modify("T-11", "R-11", CSPM, likelihood(CSPM, "8.9", 0.6), likelihood(CSPM, "5.23", 0.3)),
                modify("T-12", "R-12", SUPPLIERS, likelihood(SUPPLIERS, "5.19", 0.3), likelihood(SUPPLIERS, "5.20",
                        0.3), consequence(CSPM, "8.20", 0.3)),
                modify("T-13", "R-13", WAF, consequence(WAF, "8.20", 0.5), consequence(WAF, "8.6", 0.3)),
                modify("T-14", "R-14", CHANGE, likelihood(CHANGE, "8.32", 0.6), consequence(BACKUP, "8.13", 0.5)),
                modify("T-15", "R-15", PRIVACY, likelihood(PRIVACY, "5.34", 0.5), likelihood(PRIVACY, "8.10", 0.4)),
                modify("T-16", "R-16", CALLBACK, likelihood(CALLBACK, "5.14", 0.7), likelihood(CALLBACK, "6.3", 0.2)),
                modify("T-17", "R-17", PIPELINE, likelihood(PIPELINE, "8.27", 0.5), likelihood(CHANGE, "8.32", 0.3)),
                modify("T-18", "R-18", SIEM, consequence(SIEM, "8.15", 0.4), consequence(SIEM, "8.16", 0.5),
                        consequence(INCIDENT, "5.24", 0.2)),
                RiskTreatment.builder("T-19", "R-19", TreatmentOption.RETAIN).owner("Office Manager")
                        .status(TreatmentStatus.APPROVED).build(),
                RiskTreatment.builder("T-20", "R-20", TreatmentOption.RETAIN).owner("CTO")
                        .status(TreatmentStatus.APPROVED).build());
    }

    /** The register after treatment planning: every treatment, and the two retained risks accepted. */
    static RiskRegister treated(RiskRegister identified) {
        RiskRegister r = identified;
        for (RiskTreatment t : treatments()) {
            r = r.withTreatment(t);
        }
        return r.withAcceptance(RiskAcceptance.of("R-19", "COO", LocalDate.of(2026, 3, 2),
                "Low value in the office: no customer data is stored there", LocalDate.of(2027, 3, 2)))
                .withAcceptance(RiskAcceptance.of("R-20", "CEO", LocalDate.of(2026, 3, 2),
                        "Runbooks and pairing; two hires planned for 2027", LocalDate.of(2027, 3, 2)));
    }

    private static RiskTreatment modify(String id, String scenario, AppliedControl lead, ControlEffect... effects) {
        RiskTreatment.Builder b = RiskTreatment.builder(id, scenario, TreatmentOption.MODIFY).control(effects)
                .appliedControl(lead.id()).owner(lead.owner().orElseThrow()).status(status(lead));
        lead.due().ifPresent(b::due);
        return b.build();
    }

    private static TreatmentStatus status(AppliedControl c) {
        switch (c.status()) {
            case IMPLEMENTED:
                return TreatmentStatus.IMPLEMENTED;
            case PLANNED:
                return TreatmentStatus.APPROVED;
            default:
                return TreatmentStatus.IN_PROGRESS;
        }
    }

    private static ControlEffect likelihood(AppliedControl by, String control, double effectiveness) {
        return ControlEffect.likelihood(realised(by, control), effectiveness).because(by.id() + " " + by.name());
    }

    private static ControlEffect consequence(AppliedControl by, String control, double effectiveness) {
        return ControlEffect.consequence(realised(by, control), effectiveness).because(by.id() + " " + by.name());
    }

    private static ControlRef realised(AppliedControl by, String control) {
        ControlRef ref = Fernhill.iso(control);
        if (!by.realises(ref)) {
            throw new IllegalStateException(by.id() + " does not realise " + ref);
        }
        return ref;
    }
}
