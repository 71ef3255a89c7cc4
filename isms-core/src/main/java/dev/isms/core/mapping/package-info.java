// SPDX-License-Identifier: Apache-2.0
/**
 * Mappings between the controls of two catalogues, with the set-theory relationship vocabulary of NIST IR 8477
 * (equal, subset-of, superset-of, intersects-with, no-relationship), as also used by the OSCAL mapping model.
 *
 * <p>A {@link dev.isms.core.mapping.MappingSet} answers look-ups in both directions and coverage (the controls of a
 * catalogue no mapping reaches); a {@link dev.isms.core.mapping.MappingChain} follows a control through several
 * sets, each {@link dev.isms.core.mapping.MappingPath} with the composed relationship of its steps. The built-in
 * sets (the ISO/IEC 27001:2013 to 27002:2022 correspondence, NIST's crosswalks, the Annex A identity) come from
 * {@code dev.isms.catalog.Catalogs}. No method accepts or returns {@code null}; every type is immutable and
 * thread-safe.
 */
package dev.isms.core.mapping;
