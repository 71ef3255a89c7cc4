// SPDX-License-Identifier: Apache-2.0
/**
 * The Statement of Applicability (ISO/IEC 27001:2022 clause 6.1.3 d): every control of a catalogue exactly once,
 * applicable, excluded or undecided, with structured inclusion reasons, justification, implementation status
 * (derived from applied controls or set explicitly), owner, evidence and the risks and requirements behind it.
 *
 * <p>{@link dev.isms.core.soa.StatementOfApplicability#builder} checks entries against the catalogue;
 * {@link dev.isms.core.soa.SoaDiff} compares versions; {@link dev.isms.core.soa.SoaConversion} turns a statement
 * of one catalogue into a draft for another through a mapping (2013 to 2022). Drafting from a risk register lives
 * in the risk module and adds entries through the builder's {@code include}.
 *
 * <p>No method accepts or returns {@code null}; every type is immutable and thread-safe (builders excepted).
 */
package dev.isms.core.soa;
