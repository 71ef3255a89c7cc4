// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import dev.isms.catalog.Catalogs;
import dev.isms.catalog.json.IsmsBundle;
import dev.isms.core.Catalog;
import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.requirement.RequirementSet;
import dev.isms.core.soa.StatementOfApplicability;
import dev.isms.risk.RiskEngine;
import dev.isms.risk.register.RiskRegister;

/**
 * Fernhill's whole ISMS, built step by step as the standard orders it: assets and risks identified, scored with
 * two methods, treated through applied controls, the Statement of Applicability drafted from the treatments and
 * completed, the gap assessment, the internal audit, objectives, management review and certificate, gathered in one
 * {@link IsmsBundle}.
 *
 * @param catalog ISO/IEC 27002:2022
 * @param clauses ISO/IEC 27001:2022 clauses 4 to 10
 * @param identified the register as identified (version 1)
 * @param register the register treated and scored
 * @param applied the applied controls
 * @param draft the Statement of Applicability drafted from the treatments
 * @param bundle everything else, with the approved statement
 */
record FernhillIsms(Catalog catalog, RequirementSet clauses, RiskRegister identified, RiskRegister register,
        AppliedControlSet applied, StatementOfApplicability draft, IsmsBundle bundle) {

    static FernhillIsms build(RiskEngine engine) {
        Catalog iso = Catalogs.iso27002_2022();
        RequirementSet clauses = Catalogs.iso27001_2022Requirements();
        RiskRegister identified = FernhillRisks.identified();
        RiskRegister register = FernhillScores.scored(FernhillTreatments.treated(identified), engine);
        AppliedControlSet applied = FernhillControls.all();
        StatementOfApplicability draft = FernhillSoa.draft(iso, register, applied);
        StatementOfApplicability soa = FernhillSoa.approved(draft, applied);
        GapAssessment gap = FernhillGap.assess(clauses, iso, soa, applied);
        IsmsBundle bundle = IsmsBundle.builder(Fernhill.NAME, Fernhill.SCOPE).appliedControls(applied)
                .statementOfApplicability(soa).gapAssessment(gap).scoringStrategy("weighted")
                .assets(register.assets()).monitoring(FernhillMonitoring.monitoring())
                .audits(FernhillAudit.findings()).managementReviews(FernhillMonitoring.review())
                .certificates(FernhillMonitoring.certificate()).build();
        return new FernhillIsms(iso, clauses, identified, register, applied, draft, bundle);
    }

    StatementOfApplicability soa() {
        return bundle.statementOfApplicability().orElseThrow();
    }

    GapAssessment gap() {
        return bundle.gapAssessment().orElseThrow();
    }
}
