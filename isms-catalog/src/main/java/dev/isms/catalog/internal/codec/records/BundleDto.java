// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

// The body of an "isms-bundle" document: everything of one organisation's ISMS.
@JsonPropertyOrder({"organisation", "scope", "appliedControls", "statementOfApplicability", "gapAssessment",
    "scoringStrategy", "assets", "monitoring", "audits", "managementReviews", "certificates"})
record BundleDto(
        @NotNull String organisation,
        @NotNull String scope,
        @NotNull List<@NotNull @Valid AppliedControlDto> appliedControls,
        @Valid SoaDto statementOfApplicability,
        @Valid GapAssessmentDto gapAssessment,
        String scoringStrategy,
        @NotNull List<@NotNull @Valid AssetDto> assets,
        @Valid MonitoringDto monitoring,
        @Valid AuditsDto audits,
        List<@NotNull @Valid ReviewDto> managementReviews,
        List<@NotNull @Valid CertificateDto> certificates) {
}
