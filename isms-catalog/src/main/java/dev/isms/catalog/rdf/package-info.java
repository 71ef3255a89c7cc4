// SPDX-License-Identifier: Apache-2.0
/**
 * Linked-data exports for researchers: {@link dev.isms.catalog.rdf.CatalogJsonLd} writes a catalogue, its attributes
 * as SKOS concept schemes and mapping sets as one JSON-LD document that RDF tools (Apache Jena, rdflib, graph
 * databases) load without fetching anything. The library itself has no RDF dependency. No method accepts or returns
 * {@code null}; the facade is stateless and thread-safe.
 */
package dev.isms.catalog.rdf;
