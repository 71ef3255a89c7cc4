// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import dev.isms.core.applied.AppliedControlSet;
import dev.isms.core.assessment.AssessmentResult;
import dev.isms.core.assessment.GapAssessment;
import dev.isms.core.asset.AssetInventory;
import dev.isms.core.audit.Finding;
import dev.isms.core.audit.FindingRegister;
import dev.isms.core.audit.FindingSubject;
import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.Monitoring;
import dev.isms.core.certification.Certificate;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything of one organisation's ISMS as one value, written and read as one {@code isms-bundle} document by
 * {@link IsmsJson#bundle}: the scope, applied controls, Statement of Applicability, gap assessment, assets,
 * monitoring, the audit programme with its findings and corrective actions, management reviews and certificates.
 *
 * <pre>{@code
 * IsmsBundle isms = IsmsBundle.builder("Example SaaS GmbH", "The SaaS platform and its operations")
 *         .appliedControls(applied).statementOfApplicability(soa).gapAssessment(gap).assets(assets).build();
 * }</pre>
 *
 * <p>Rules: the statement and the assessment are of the same catalogue; every applied control that the statement's
 * implementation, the assessment's results or a finding names is one of the bundle's; management review ids and
 * certificate numbers are unique. Risk scenarios are named by id and not checked (they live in a register of
 * {@code isms-risk}).
 *
 * @param organisation the organisation's name; a one-line text
 * @param scope the scope of the ISMS (ISO/IEC 27001:2022 clause 4.3); may span lines
 * @param appliedControls the applied controls, may be empty
 * @param statementOfApplicability the Statement of Applicability, or empty
 * @param gapAssessment the gap assessment, or empty
 * @param scoringStrategy the id of the scoring strategy used for roll-ups of the assessment (such as
 *        {@code "weighted"}), or empty; not checked against the strategies installed
 * @param assets the asset inventory, may be empty
 * @param monitoring objectives, performance indicators and measurements, may be empty
 * @param audits the internal audit programme with its findings and corrective actions, or empty
 * @param managementReviews the management review records, in the order given
 * @param certificates the certificates, in the order given
 * @since 0.2
 */
public record IsmsBundle(String organisation, String scope, AppliedControlSet appliedControls,
        Optional<StatementOfApplicability> statementOfApplicability, Optional<GapAssessment> gapAssessment,
        Optional<String> scoringStrategy, AssetInventory assets, Monitoring monitoring,
        Optional<FindingRegister> audits, List<ManagementReview> managementReviews, List<Certificate> certificates) {

    /**
     * Validates and copies the components.
     *
     * @param organisation not blank, one line
     * @param scope not blank
     * @param appliedControls not null
     * @param statementOfApplicability not null
     * @param gapAssessment not null; of the statement's catalogue
     * @param scoringStrategy not null; one line when present
     * @param assets not null
     * @param monitoring not null
     * @param audits not null
     * @param managementReviews unique ids
     * @param certificates unique numbers
     * @throws IllegalArgumentException naming the field and the value that breaks a rule
     */
    public IsmsBundle {
        Checks.notBlank(organisation, "ISMS bundle organisation");
        Checks.text(scope, "ISMS bundle scope");
        Objects.requireNonNull(appliedControls, "ISMS bundle appliedControls");
        Objects.requireNonNull(statementOfApplicability, "ISMS bundle statementOfApplicability");
        Objects.requireNonNull(gapAssessment, "ISMS bundle gapAssessment");
        Objects.requireNonNull(scoringStrategy, "ISMS bundle scoringStrategy").ifPresent(s ->
                Checks.notBlank(s, "ISMS bundle scoringStrategy"));
        Objects.requireNonNull(assets, "ISMS bundle assets");
        Objects.requireNonNull(monitoring, "ISMS bundle monitoring");
        Objects.requireNonNull(audits, "ISMS bundle audits");
        managementReviews = List.copyOf(managementReviews);
        certificates = List.copyOf(certificates);
        unique(managementReviews.stream().map(ManagementReview::id).toList(), "managementReviews ids");
        unique(certificates.stream().map(Certificate::number).toList(), "certificates numbers");
        if (statementOfApplicability.isPresent() && gapAssessment.isPresent() && !gapAssessment.get().catalog().id()
                .equals(statementOfApplicability.get().catalogId())) {
            throw new IllegalArgumentException("ISMS bundle gapAssessment must be of the statement of applicability's"
                    + " catalogue " + Checks.quote(statementOfApplicability.get().catalogId()) + " but was of "
                    + Checks.quote(gapAssessment.get().catalog().id()));
        }
        checkReferences(appliedControls, statementOfApplicability, gapAssessment, audits);
    }

    private static void unique(List<String> ids, String field) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("ISMS bundle " + field + " must be unique but " + Checks.quote(id)
                        + " appears twice");
            }
        }
    }

    private static void checkReferences(AppliedControlSet applied, Optional<StatementOfApplicability> soa,
            Optional<GapAssessment> gap, Optional<FindingRegister> audits) {
        List<String> named = new ArrayList<>();
        soa.ifPresent(s -> {
            for (SoaEntry e : s.entries()) {
                named.addAll(e.implementation().appliedControls());
            }
        });
        gap.ifPresent(g -> {
            for (Map<?, AssessmentResult> results : List.of(g.clauseResults(), g.controlResults())) {
                for (AssessmentResult r : results.values()) {
                    named.addAll(r.appliedControls());
                }
            }
        });
        audits.ifPresent(a -> {
            for (Finding f : a.findings()) {
                if (f.subject() instanceof FindingSubject.AppliedControlSubject) {
                    named.add(((FindingSubject.AppliedControlSubject) f.subject()).appliedControlId());
                }
            }
        });
        for (String id : named) {
            if (applied.find(id).isEmpty()) {
                throw new IllegalArgumentException("ISMS bundle references must name applied controls of the bundle"
                        + " but " + Checks.quote(id) + " is not one");
            }
        }
    }

    /**
     * Starts a bundle; everything but the organisation and the scope is empty until set.
     *
     * @param organisation the organisation's name, not blank
     * @param scope the scope of the ISMS, not blank
     * @return a builder
     */
    public static Builder builder(String organisation, String scope) {
        return new Builder(organisation, scope);
    }

    /** Collects an {@link IsmsBundle}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String organisation;
        private final String scope;
        private AppliedControlSet appliedControls = AppliedControlSet.of(List.of());
        private StatementOfApplicability soa;
        private GapAssessment gap;
        private String strategy;
        private AssetInventory assets = AssetInventory.of(List.of());
        private Monitoring monitoring = Monitoring.of(List.of(), List.of(), List.of());
        private FindingRegister audits;
        private final List<ManagementReview> reviews = new ArrayList<>();
        private final List<Certificate> certificates = new ArrayList<>();

        private Builder(String organisation, String scope) {
            this.organisation = organisation;
            this.scope = scope;
        }

        /**
         * Sets the applied controls (default none).
         *
         * @param value the applied controls, not null
         * @return this builder
         */
        public Builder appliedControls(AppliedControlSet value) {
            this.appliedControls = Objects.requireNonNull(value, "appliedControls");
            return this;
        }

        /**
         * Sets the Statement of Applicability.
         *
         * @param value the statement, not null
         * @return this builder
         */
        public Builder statementOfApplicability(StatementOfApplicability value) {
            this.soa = Objects.requireNonNull(value, "statementOfApplicability");
            return this;
        }

        /**
         * Sets the gap assessment.
         *
         * @param value the assessment, not null
         * @return this builder
         */
        public Builder gapAssessment(GapAssessment value) {
            this.gap = Objects.requireNonNull(value, "gapAssessment");
            return this;
        }

        /**
         * Sets the id of the scoring strategy used for roll-ups.
         *
         * @param id such as {@code "weighted"}, not blank
         * @return this builder
         */
        public Builder scoringStrategy(String id) {
            this.strategy = Objects.requireNonNull(id, "scoringStrategy");
            return this;
        }

        /**
         * Sets the asset inventory (default empty).
         *
         * @param value the inventory, not null
         * @return this builder
         */
        public Builder assets(AssetInventory value) {
            this.assets = Objects.requireNonNull(value, "assets");
            return this;
        }

        /**
         * Sets the monitoring records (default none).
         *
         * @param value the records, not null
         * @return this builder
         */
        public Builder monitoring(Monitoring value) {
            this.monitoring = Objects.requireNonNull(value, "monitoring");
            return this;
        }

        /**
         * Sets the audit programme with its findings and corrective actions.
         *
         * @param value the register, not null
         * @return this builder
         */
        public Builder audits(FindingRegister value) {
            this.audits = Objects.requireNonNull(value, "audits");
            return this;
        }

        /**
         * Adds management review records.
         *
         * @param items the records, not null
         * @return this builder
         */
        public Builder managementReviews(Collection<ManagementReview> items) {
            for (ManagementReview r : items) {
                reviews.add(Objects.requireNonNull(r, "managementReview"));
            }
            return this;
        }

        /**
         * Adds management review records.
         *
         * @param items the records, not null
         * @return this builder
         */
        public Builder managementReviews(ManagementReview... items) {
            return managementReviews(List.of(items));
        }

        /**
         * Adds certificates.
         *
         * @param items the certificates, not null
         * @return this builder
         */
        public Builder certificates(Collection<Certificate> items) {
            for (Certificate c : items) {
                certificates.add(Objects.requireNonNull(c, "certificate"));
            }
            return this;
        }

        /**
         * Adds certificates.
         *
         * @param items the certificates, not null
         * @return this builder
         */
        public Builder certificates(Certificate... items) {
            return certificates(List.of(items));
        }

        /**
         * {@return the bundle}
         *
         * @throws IllegalArgumentException if a rule of {@link IsmsBundle} is broken
         */
        public IsmsBundle build() {
            return new IsmsBundle(organisation, scope, appliedControls, Optional.ofNullable(soa),
                    Optional.ofNullable(gap), Optional.ofNullable(strategy), assets, monitoring,
                    Optional.ofNullable(audits), reviews, certificates);
        }
    }
}
