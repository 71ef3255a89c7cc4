// SPDX-License-Identifier: Apache-2.0
/**
 * Performance evaluation and improvement (ISO/IEC 27001:2022 clauses 6.2, 9.1 to 9.3, 10.1 and 10.2; guidance in
 * ISO/IEC 27004 and 27007): objectives and performance indicators with measurements over time
 * ({@link dev.isms.core.audit.Monitoring}); the internal audit programme, audits with independence checked, and
 * what the programme leaves uncovered ({@link dev.isms.core.audit.AuditProgramme}); graded findings and corrective
 * actions as a validated state machine ({@link dev.isms.core.audit.FindingRegister},
 * {@link dev.isms.core.audit.CorrectiveAction}); and management review records.
 *
 * <p>Time is passed in as a {@link java.time.LocalDate} or a {@link java.time.Clock}. No method accepts or
 * returns {@code null}; every type is immutable and thread-safe (builders excepted).
 */
package dev.isms.core.audit;
