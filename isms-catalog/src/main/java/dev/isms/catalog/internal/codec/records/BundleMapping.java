// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.certification.Certificate;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

// Maps an "isms-bundle" document: each member is the body of the document of its kind, and the references between
// them (a SoA entry's or a gap result's applied controls, a finding about an applied control) must name applied
// controls of the bundle; checked against the ids as written, so that one bad applied control does not also make
// every reference to it a problem.
final class BundleMapping {
    static final String FORMAT = "isms-bundle";
    private static final Monitoring NO_MONITORING = Monitoring.of(List.of(), List.of(), List.of());

    private BundleMapping() {
    }

    static BundleDto toDto(BundleParts b) {
        return new BundleDto(b.organisation(), b.scope(), AppliedControlMapping.toDtos(b.appliedControls()),
                b.soa().map(SoaMapping::toDto).orElse(null), b.gapAssessment().map(GapAssessmentMapping::toDto)
                .orElse(null), b.scoringStrategy().orElse(null), AssetMapping.toDtos(b.assets()),
                b.monitoring().equals(NO_MONITORING) ? null : MonitoringMapping.toDto(b.monitoring()),
                b.audits().map(AuditMapping::toDto).orElse(null), Dtos.list(b.reviews(), ReviewMapping::toDto),
                Dtos.list(b.certificates(), CertificateMapping::toDto));
    }

    /** {@return the parts}, or null after reporting every problem */
    static BundleParts toParts(BundleDto d, At at, BundleContext context) {
        String organisation = at.name(d.organisation(), "organisation");
        String scope = at.text(d.scope(), "scope");
        AppliedControlSet applied = AppliedControlMapping.toSet(d.appliedControls(), at, "appliedControls");
        Set<String> appliedIds = new HashSet<>();
        Dtos.orEmpty(d.appliedControls()).forEach(a -> appliedIds.add(a == null ? null : a.id()));
        StatementOfApplicability soa = d.statementOfApplicability() == null ? null : SoaMapping.toSoa(
                d.statementOfApplicability(), at.field("statementOfApplicability"), context.catalog());
        GapAssessment gap = d.gapAssessment() == null ? null : GapAssessmentMapping.toAssessment(d.gapAssessment(),
                at.field("gapAssessment"), context.requirements(), context.catalog());
        References.check(d, at, appliedIds);
        String strategy = at.name(d.scoringStrategy(), "scoringStrategy");
        AssetInventory assets = AssetMapping.toInventory(d.assets(), at.field("assets").pointer(), at.problems());
        Monitoring monitoring = d.monitoring() == null ? NO_MONITORING : MonitoringMapping.toMonitoring(
                d.monitoring(), at.field("monitoring"));
        FindingRegister audits = d.audits() == null ? null : AuditMapping.toRegister(d.audits(), at.field("audits"));
        Map<String, At> reviewIds = new HashMap<>();
        List<ManagementReview> reviews = at.objects(d.managementReviews(), "managementReviews", (r, item) ->
                item.unique(ReviewMapping.toReview(r, item), r.id(), "management review", reviewIds));
        Map<String, String> numbers = new HashMap<>();
        List<Certificate> certificates = at.objects(d.certificates(), "certificates", (c, item) ->
                number(CertificateMapping.toCertificate(c, item), item, numbers));
        if (!at.clean() || organisation == null || scope == null || applied == null || assets == null
                || monitoring == null) {
            return null;
        }
        return new BundleParts(organisation, scope, applied, Optional.ofNullable(soa), Optional.ofNullable(gap),
                Optional.ofNullable(strategy), assets, monitoring, Optional.ofNullable(audits), reviews, certificates);
    }

    private static Certificate number(Certificate c, At at, Map<String, String> seen) {
        if (c == null) {
            return null;
        }
        String first = seen.putIfAbsent(c.number(), at.field("number").pointer());
        if (first != null) {
            at.field("number").add("duplicate certificate number " + Checks.quote(c.number()) + " (first at " + first
                    + ")");
            return null;
        }
        return c;
    }
}
