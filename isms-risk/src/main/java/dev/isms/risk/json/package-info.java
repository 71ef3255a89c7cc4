// SPDX-License-Identifier: Apache-2.0
/**
 * The isms JSON formats of the risk documents, read and written through {@link dev.isms.risk.json.RiskJson} and
 * its {@link dev.isms.catalog.json.JsonFormat}s, with the guarantees of the catalogue formats: strict and bounded
 * reading, every problem reported with its JSON pointer in one {@link dev.isms.core.FormatException}, nothing
 * half-built, and what is written reads back equal. No method accepts or returns {@code null}; every type here is
 * immutable and thread-safe.
 *
 * <h2>The documents</h2>
 * Every document is a JSON object, 2-space indented: {@code "format"} (the document type), {@code "formatVersion"}
 * (1), then the members below, in this order; a member in brackets is optional and omitted when absent or empty.
 * Days are ISO 8601 ({@code "2026-03-01"}), enum values lower case with hyphens ({@code "in-progress"}), control
 * references {@code "catalog#control"} ({@code "iso27002:2022#8.24"}), consequence categories by id
 * ({@code "confidentiality"}). Records refer to each other by id.
 * <ul>
 *   <li>{@code isms-risk-criteria}: {@code id}, {@code version}, {@code likelihood} and {@code consequence}:
 *       scales {@code {name, levels: [{name, [lower], [upper]}]}} (lowest first; a range without upper is
 *       unbounded), {@code matrix}: either {@code {bands: [{level, min, max}]}} over likelihood × consequence or
 *       {@code {levels, grid}} with one row of level names per likelihood level, [{@code categories}:
 *       {@code {category: {scale, matrix}}}], [{@code acceptance}: {@code {defaultLevel, [perCategory],
 *       [perAssetType]}}].</li>
 *   <li>{@code isms-risk-threats}: {@code threats}: [{@code {id, name, [category]}}].</li>
 *   <li>{@code isms-risk-vulnerabilities}: {@code vulnerabilities}: [{@code {id, name, [cvss]}}], the CVSS 3.1 or
 *       4.0 vector text.</li>
 *   <li>{@code isms-risk-sources}: {@code sources}: [{@code {id, name, [kind]}}].</li>
 *   <li>{@code isms-risk-scenarios}: {@code scenarios}: [{@code {id, title, basis: {assetId, threatId,
 *       vulnerabilityId} or {riskSourceId, event}, [affectedAssets], likelihood, consequences: {category: level},
 *       [existingControls]: [{control, aspect, effectiveness, [rationale]}], [owner], [targetLevel], [scores]}}].</li>
 *   <li>{@code isms-risk-scores}: {@code scores}: [{@code {tier, methodId, methodVersion, [parameters], [criteria],
 *       value, level, rank, explanation}}]; a scenario's {@code scores} have the same form.</li>
 *   <li>{@code isms-risk-treatments}: {@code treatments}: [{@code {id, scenarioId, option, [controls], [owner],
 *       [due], status, [appliedControls]}}], {@code appliedControls} the ids of the applied controls carrying the
 *       treatment out (absent: none; added in 0.2 within format version 1).</li>
 *   <li>{@code isms-risk-acceptances}: {@code acceptances}: [{@code {scenarioId, acceptedBy, acceptedOn,
 *       justification, [expiresOn]}}].</li>
 *   <li>{@code isms-risk-register}: {@code version}, {@code criteria} (as above, without header), [{@code catalogs}]
 *       (the ids of the catalogues its controls belong to, resolved by the reader), [{@code assets}] (as in
 *       {@code isms-assets}), then [{@code threats}], [{@code vulnerabilities}], [{@code sources}],
 *       [{@code scenarios}], [{@code treatments}], [{@code acceptances}] as above; every reference between them is
 *       checked.</li>
 *   <li>{@code isms-fair-scenarios}: {@code scenarios}: [{@code {name, threatEventFrequency, vulnerability:
 *       {probability} or {threatCapability, resistanceStrength}, primaryLoss, [secondaryEventProbability,
 *       secondaryLoss]}}], each distribution {@code {type: "constant", value}}, {@code {type: "pert", min, mode,
 *       max, [lambda], [variant]}} or {@code {type: "lognormal", mu, sigma}}.</li>
 *   <li>{@code isms-fair-result}: {@code seed}, {@code years}, {@code portfolio} and {@code scenarios}: [loss
 *       summaries {@code {mean, min, max, p10, p50, p90, p95, p99, appetiteExceedance, [exceedanceCurve]: [{loss,
 *       probability}]}}].</li>
 * </ul>
 */
package dev.isms.risk.json;
