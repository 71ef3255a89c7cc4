// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.rdf;

import dev.isms.catalog.internal.rdf.Iris;
import dev.isms.catalog.internal.rdf.JsonLdWriter;
import dev.isms.core.Catalog;
import dev.isms.core.ControlRef;
import dev.isms.core.internal.Checks;
import dev.isms.core.mapping.MappingSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a catalogue with its attributes and mappings as JSON-LD 1.1 (an RDF graph in JSON, with an inline
 * context), for researchers who query it in their own graph tools.
 *
 * <pre>{@code
 * CatalogJsonLd.write(Catalogs.iso27002_2022(), List.of(Catalogs.mapping2013To2022()), Path.of("iso27002.jsonld"));
 * // SPARQL: SELECT ?c WHERE { ?c isms:cybersecurityConcept ?x . ?x skos:notation "#Detect" }
 * }</pre>
 *
 * <p><b>The graph.</b> Prefixes {@code isms:} ({@value #VOCABULARY}), {@code dcterms:} (DCMI terms) and
 * {@code skos:}. Resources live under {@value #RESOURCES}: the catalogue {@code catalog/<id>}, its controls
 * {@code catalog/<id>/<control id>} ({@link #iri(ControlRef)}), concept schemes {@code scheme/<attribute>} and
 * mapping sets {@code mapping/<id>}, ids percent-encoded where an IRI needs it.
 * <ul>
 * <li>The catalogue: {@code isms:Catalog} with {@code dcterms:identifier}, {@code dcterms:title},
 * {@code dcterms:publisher} and {@code isms:edition}.</li>
 * <li>One {@code skos:ConceptScheme} for the themes and one per attribute ({@code dcterms:identifier} such as
 * {@code control-type}, {@code skos:prefLabel} the attribute's name), always all six; one {@code skos:Concept} per
 * theme and value with {@code skos:prefLabel} (such as {@code Asset management}), {@code skos:notation} (the
 * hashtag {@code #Asset_management}, or the theme's clause {@code 5}), {@code skos:inScheme} and
 * {@code skos:topConceptOf}.</li>
 * <li>Each control: {@code isms:Control} with {@code dcterms:identifier}, {@code dcterms:title},
 * {@code dcterms:isPartOf} the catalogue, and when present {@code dcterms:description} (licensed text, if
 * overlaid), {@code isms:parent}, {@code isms:theme} and one concept link per attribute value
 * ({@code isms:controlType}, {@code isms:securityProperty}, {@code isms:cybersecurityConcept},
 * {@code isms:operationalCapability}, {@code isms:securityDomain}).</li>
 * <li>Each mapping set: {@code isms:MappingSet} with {@code dcterms:identifier}, {@code isms:sourceCatalog} and
 * {@code isms:targetCatalog}; each mapping one statement from the source control to the target control whose
 * property is the NIST IR 8477 relationship: {@code isms:equal}, {@code isms:subsetOf}, {@code isms:supersetOf},
 * {@code isms:intersectsWith} or {@code isms:noRelationship}. Rationale and strength are not carried (the OSCAL
 * mapping collection carries them). A mapping set need not involve the catalogue: the Annex A identity, for one,
 * joins NIST's crosswalks to ISO/IEC 27002 controls in the graph.</li>
 * </ul>
 * Output is deterministic: the same input gives the same bytes (2-space indented UTF-8).
 *
 * @since 0.2
 */
public final class CatalogJsonLd {
    /** The namespace of the isms classes and properties (prefix {@code isms:}). */
    public static final String VOCABULARY = Iris.VOCABULARY;
    /** The base IRI of the catalogues, controls, concepts and mapping sets. */
    public static final String RESOURCES = Iris.RESOURCES;

    private CatalogJsonLd() {
    }

    /**
     * Converts a catalogue and mapping sets to JSON-LD.
     *
     * @param catalog the catalogue, not null
     * @param mappings the mapping sets, not null, distinct ids
     * @return the JSON-LD text
     * @throws IllegalArgumentException if two mapping sets have the same id
     */
    public static String toJson(Catalog catalog, Collection<MappingSet> mappings) {
        return new String(bytes(catalog, mappings), StandardCharsets.UTF_8);
    }

    /**
     * Converts a catalogue and mapping sets to JSON-LD.
     *
     * @param catalog the catalogue, not null
     * @param mappings the mapping sets, distinct ids
     * @return the JSON-LD text
     * @throws IllegalArgumentException if two mapping sets have the same id
     */
    public static String toJson(Catalog catalog, MappingSet... mappings) {
        return toJson(catalog, List.of(mappings));
    }

    /**
     * Writes a catalogue and mapping sets as a JSON-LD file.
     *
     * @param catalog the catalogue, not null
     * @param mappings the mapping sets, not null, distinct ids
     * @param file the file, created or replaced
     * @throws IllegalArgumentException if two mapping sets have the same id
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Catalog catalog, Collection<MappingSet> mappings, Path file) {
        byte[] bytes = bytes(catalog, mappings);
        try {
            Files.write(Objects.requireNonNull(file, "file"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a catalogue and mapping sets as JSON-LD.
     *
     * @param catalog the catalogue, not null
     * @param mappings the mapping sets, not null, distinct ids
     * @param out where the UTF-8 bytes go; flushed, not closed
     * @throws IllegalArgumentException if two mapping sets have the same id
     * @throws UncheckedIOException if the stream cannot be written
     */
    public static void write(Catalog catalog, Collection<MappingSet> mappings, OutputStream out) {
        byte[] bytes = bytes(catalog, mappings);
        try {
            Objects.requireNonNull(out, "out").write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the IRI the export gives a control of any catalogue, to find it in the graph.
     *
     * @param control the control, not null
     * @return such as {@code https://isms.dev/id/catalog/iso27002:2022/5.15}
     */
    public static String iri(ControlRef control) {
        return Iris.control(Objects.requireNonNull(control, "control"));
    }

    private static byte[] bytes(Catalog catalog, Collection<MappingSet> mappings) {
        Objects.requireNonNull(catalog, "catalog");
        List<MappingSet> sets = List.copyOf(mappings);
        Set<String> ids = new HashSet<>();
        for (MappingSet m : sets) {
            if (!ids.add(m.id())) {
                throw new IllegalArgumentException("JSON-LD mapping sets must have distinct ids but "
                        + Checks.quote(m.id()) + " is given twice");
            }
        }
        return JsonLdWriter.write(catalog, sets);
    }
}
