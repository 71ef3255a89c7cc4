// SPDX-License-Identifier: Apache-2.0
/**
 * The isms JSON formats: catalogues ({@code isms-catalog}), mapping sets ({@code isms-mapping}) and requirement
 * sets ({@code isms-requirements}), read and written through {@link dev.isms.catalog.json.CatalogJson}, registers
 * of standards ({@code isms-standards}), read only, and the management-system records, read and written through
 * {@link dev.isms.catalog.json.IsmsJson} and its {@link dev.isms.catalog.json.JsonFormat}s. Methods named
 * {@code read...} read a file or a stream, {@code parse...} JSON text.
 *
 * <p>Reading is strict and bounded: unknown fields, duplicate keys, values of the wrong type, trailing content,
 * documents too large or too deeply nested are errors. The problems of a document are collected with their JSON
 * pointers (at most 100, the rest counted) and thrown once as a {@link dev.isms.core.FormatException}; nothing is
 * ever half-loaded. A file that cannot be read is a {@link java.io.UncheckedIOException}. Writing and then reading
 * gives an equal value; a value the codec could not read back is refused on write. No method accepts or returns
 * {@code null}; every type here is immutable and thread-safe.
 *
 * <h2>The documents of the management-system records</h2>
 * Every document is a JSON object: {@code "format"} (the document type), {@code "formatVersion"} (1), then the
 * members below, in this order; a member in brackets is optional and omitted when absent or empty. Days are
 * ISO 8601 ({@code "2026-03-01"}), periods ISO 8601 ({@code "P6M"}), enum values lower case with hyphens
 * ({@code "in-progress"}), control references {@code "catalog#control"} ({@code "iso27002:2022#8.5"}). Evidence is
 * {@code {what, where, date, [expiry]}}. Records refer to each other by id.
 * <ul>
 *   <li>{@code isms-applied-controls}: {@code appliedControls}: [{@code {id, name, [controls], [owner], status,
 *       [due], [evidence], [risks]}}].</li>
 *   <li>{@code isms-soa}: {@code catalog} (the id of the catalogue given to the reader), {@code version},
 *       {@code date}, [{@code approval}: {@code {approvedBy, date}}], {@code entries}: [{@code {control,
 *       applicability, [reasons], [justification], implementation: {status, [appliedControls], [reason]}, [owner],
 *       [evidence], [risks], [requirements]}}]; a control of the catalogue without an entry is undecided.</li>
 *   <li>{@code isms-gap-assessment}: {@code requirements} and {@code catalog} (ids of those given to the reader),
 *       {@code date}, {@code scale}: {@code {min, max, [labels]}}, {@code clauses} and {@code controls}:
 *       [{@code {id, conformity, [maturity], [notes], [evidence], [appliedControls], [weight]}}] (weight 1 when
 *       absent), [{@code documents}: [{@code {clause, title, owner, nextReview}}]].</li>
 *   <li>{@code isms-assets}: {@code assets}: [{@code {id, name, type, [owner], [classification], [values]: {category:
 *       level}, [handling]: {[label], [acceptableUse], [location]: {kind, place}, [custodian],
 *       [maintenanceInterval]}, [lifecycle]: [{state, date, [note], [evidence]}]}}], the lifecycle oldest
 *       first.</li>
 *   <li>{@code isms-monitoring}: {@code indicators}: [{@code {id, name, method, frequency, target: {comparison,
 *       value, [unit]}, [owner]}}], {@code objectives}: [{@code {id, statement, owner, [due], [indicators],
 *       [plan]}}], {@code measurements}: [{@code {indicator, date, value}}].</li>
 *   <li>{@code isms-audits}: {@code programme}: {@code {id, cycleStart, cycleEnd, audits: [{id, scope: {[areas],
 *       [clauses], [controls]}, criteria, start, end, auditors: [{name, [ownAreas]}]}]}}, [{@code findings}:
 *       [{@code {id, audit, grade, subject, statement, date}}]] where the subject is one of {@code {clause}},
 *       {@code {control}}, {@code {appliedControl}}, [{@code correctiveActions}: [{@code {id, finding, owner, due,
 *       steps}}]] where each step is {@code {step, date, ...}}: {@code raised}, {@code corrected}
 *       ({@code description}), {@code cause-analysed} ({@code rootCause}, {@code action}), {@code implemented},
 *       {@code effectiveness-reviewed} ({@code effective}, {@code note}).</li>
 *   <li>{@code isms-management-review}: {@code id}, {@code date}, {@code attendees}, [{@code inputs}: {@code {input:
 *       summary}}], [{@code decisions}: [{@code {kind, description, [owner], [due]}}]].</li>
 *   <li>{@code isms-certificate}: {@code number}, {@code standard}, {@code edition}, {@code scope}, {@code body},
 *       {@code issued}, {@code expires}, [{@code previousExpiry}], [{@code audits}: [{@code {kind, date}}]].</li>
 *   <li>{@code isms-bundle}: {@code organisation}, {@code scope}, {@code appliedControls}, then the members of the
 *       documents above without their headers: [{@code statementOfApplicability}], [{@code gapAssessment}],
 *       [{@code scoringStrategy}], {@code assets}, [{@code monitoring}], [{@code audits}],
 *       [{@code managementReviews}: [...]], [{@code certificates}: [...]]; every applied control they name must be
 *       one of the bundle's.</li>
 * </ul>
 */
package dev.isms.catalog.json;
