// SPDX-License-Identifier: Apache-2.0
/**
 * The isms domain model: ISO/IEC 27002 controls and their attributes, catalogues and queries over them,
 * ISO/IEC 27001 requirements (clauses), mappings between catalogues, assets, and the management-system records:
 * applied controls, the Statement of Applicability, gap assessment, audits and improvement, certification.
 *
 * <p>This module has no third-party dependency. Every type is an immutable, thread-safe value.
 *
 * @uses dev.isms.core.assessment.spi.ScoringStrategy
 * @provides dev.isms.core.assessment.spi.ScoringStrategy the built-in strategies: average, weighted, minimum
 */
module dev.isms.core {
    exports dev.isms.core;
    exports dev.isms.core.requirement;
    exports dev.isms.core.mapping;
    exports dev.isms.core.asset;
    exports dev.isms.core.applied;
    exports dev.isms.core.soa;
    exports dev.isms.core.assessment;
    exports dev.isms.core.assessment.spi;
    exports dev.isms.core.audit;
    exports dev.isms.core.certification;
    // Shared argument checks and message helpers, for the other isms modules only.
    exports dev.isms.core.internal to dev.isms.catalog, dev.isms.risk;

    uses dev.isms.core.assessment.spi.ScoringStrategy;
    provides dev.isms.core.assessment.spi.ScoringStrategy with dev.isms.core.assessment.internal.AverageScoring,
            dev.isms.core.assessment.internal.WeightedScoring, dev.isms.core.assessment.internal.MinimumScoring;
}
