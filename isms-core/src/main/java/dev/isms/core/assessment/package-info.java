// SPDX-License-Identifier: Apache-2.0
/**
 * Gap assessment and readiness: every leaf clause of a requirement set (ISO/IEC 27001 clauses 4 to 10) and every
 * control of a catalogue (Annex A) assessed for conformity and maturity on a configurable scale, with notes,
 * evidence and the applied controls relied on.
 *
 * <p>{@link dev.isms.core.assessment.GapAssessment} lists prioritised {@linkplain dev.isms.core.assessment.Gap
 * gaps}, checks the mandatory documented information, and rolls results up by clause, theme and attribute value
 * through a pluggable {@link dev.isms.core.assessment.spi.ScoringStrategy} (built-ins in
 * {@link dev.isms.core.assessment.ScoringStrategies}). {@link dev.isms.core.assessment.ProjectedAssessment} sees an
 * assessment through a mapping as the controls of another framework, such as NIST CSF 2.0 outcomes.
 *
 * <p>No method accepts or returns {@code null}; every type is immutable and thread-safe (builders excepted).
 */
package dev.isms.core.assessment;
