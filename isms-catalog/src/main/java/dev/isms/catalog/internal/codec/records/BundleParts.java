// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.certification.Certificate;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.List;
import java.util.Optional;

/**
 * The parts of an {@code isms-bundle} document, as the codec reads and writes them; the public bundle type
 * ({@code dev.isms.catalog.json.IsmsBundle}) is assembled from them by the facade, so that this package does not
 * depend on the API package that depends on it.
 *
 * @param organisation the organisation's name
 * @param scope the ISMS scope
 * @param appliedControls the applied controls
 * @param soa the Statement of Applicability, if any
 * @param gapAssessment the gap assessment, if any
 * @param scoringStrategy the id of the roll-up scoring strategy, if any
 * @param assets the asset inventory
 * @param monitoring objectives, indicators, measurements
 * @param audits the audit programme, findings and corrective actions, if any
 * @param reviews the management reviews
 * @param certificates the certificates
 */
public record BundleParts(String organisation, String scope, AppliedControlSet appliedControls,
        Optional<StatementOfApplicability> soa, Optional<GapAssessment> gapAssessment,
        Optional<String> scoringStrategy, AssetInventory assets, Monitoring monitoring,
        Optional<FindingRegister> audits, List<ManagementReview> reviews, List<Certificate> certificates) {
}
