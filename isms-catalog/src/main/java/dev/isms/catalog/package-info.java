// SPDX-License-Identifier: Apache-2.0
/**
 * The built-in ISO/IEC 27001/27002 catalogues and the registry of plugged-in ones, reached through
 * {@link dev.isms.catalog.Catalogs}: ISO/IEC 27002:2022 with its attributes, ISO/IEC 27001:2013 Annex A, the
 * ISO/IEC 27001:2022 clauses, the official 2013 to 2022 correspondence, NIST's SP 800-53 and CSF 2.0 crosswalks to
 * ISO/IEC 27001:2022 and the ISO/IEC 27000 family register;
 * and the licensed-text overlay ({@link dev.isms.catalog.LicensedText}), with which users who own a copy of a
 * standard add its guidance text to a catalogue. The JSON formats live in {@link dev.isms.catalog.json}.
 *
 * <p>Built-in data holds ids, titles and attributes only, never the standards' text; each resource records its
 * source and content hash in its metadata, and each loads once, lazily, on first use. {@link
 * dev.isms.catalog.Catalogs#standard()} is the shared registry of built-in and plugged-in catalogues,
 * {@link dev.isms.catalog.Catalogs#builder()} builds one with chosen providers. Problems in documents are
 * reported as {@link dev.isms.core.FormatException}, listing every problem with its place.
 * No method accepts or returns {@code null}; every returned object is immutable and thread-safe.
 */
package dev.isms.catalog;
