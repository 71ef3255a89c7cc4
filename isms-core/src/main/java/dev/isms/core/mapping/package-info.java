// SPDX-License-Identifier: Apache-2.0
/**
 * Mappings between the controls of two catalogues, with the set-theory relationship vocabulary of NIST IR 8477
 * (equal, subset-of, superset-of, intersects-with, no-relationship), as also used by the OSCAL mapping model.
 *
 * <p>The built-in ISO/IEC 27001:2013 to 27002:2022 correspondence comes from
 * {@code dev.isms.catalog.Catalogs.mapping2013To2022()}. No method accepts or returns {@code null};
 * every type is immutable and thread-safe.
 */
package dev.isms.core.mapping;
