// SPDX-License-Identifier: Apache-2.0
/**
 * The JSON-LD writer behind {@code dev.isms.catalog.rdf.CatalogJsonLd}: it builds the graph as an ordered tree and
 * prints it with the OSCAL writers' printer, so that output is byte-for-byte deterministic, and mints the IRIs of
 * catalogues, controls, concepts and mapping sets in one place. No RDF library is involved. Not exported. No method
 * accepts or returns {@code null}.
 */
package dev.isms.catalog.internal.rdf;
