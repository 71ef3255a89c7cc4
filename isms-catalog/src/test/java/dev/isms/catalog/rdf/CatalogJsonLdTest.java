// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Attribute;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.Theme;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON-LD export parsed as RDF by Apache Jena (its JSON-LD 1.1 reader): the triple count is the one the
 * catalogue and the mapping sets give, and SPARQL finds controls by their SKOS concepts and across mappings.
 */
class CatalogJsonLdTest {
    private static final Catalog ISO = Catalogs.iso27002_2022();
    private static final String PREFIXES = "PREFIX isms: <" + CatalogJsonLd.VOCABULARY + ">\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";

    static Model parse(String json) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().fromString(json).lang(Lang.JSONLD).parse(m);
        return m;
    }

    /** Catalogue 5, six schemes of 3, 34 concepts of 5; per control 4 plus text, parent, theme and attribute values. */
    static long expectedTriples(Catalog c, List<MappingSet> sets) {
        long n = 5 + 6 * 3 + (Theme.values().length + vocabularySize()) * 5L;
        for (Control x : c.controls()) {
            n += 4 + (x.text().isPresent() ? 1 : 0) + (x.parent().isPresent() ? 1 : 0)
                    + (x.theme().isPresent() ? 1 : 0) + x.attributes().values().size();
        }
        Set<String> statements = new HashSet<>();
        for (MappingSet s : sets) {
            n += 4;
            for (Mapping m : s.mappings()) {
                statements.add(s.sourceCatalogId() + "#" + m.sourceId() + " " + m.relationship() + " "
                        + s.targetCatalogId() + "#" + m.targetId());
            }
        }
        return n + statements.size();
    }

    private static int vocabularySize() {
        int n = 0;
        for (Attribute a : Attribute.values()) {
            n += a.vocabulary().size();
        }
        return n;
    }

    private static long count(Model m, String where) {
        try (QueryExecution q = QueryExecution.model(m).query(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where
                + " }").build()) {
            ResultSet r = q.execSelect();
            return r.next().getLiteral("n").getLong();
        }
    }

    @Test
    void iso27002ParsesAsRdfWithTheExpectedTriples() {
        Model m = parse(CatalogJsonLd.toJson(ISO));
        assertEquals(expectedTriples(ISO, List.of()), m.size());
        assertEquals(5 + 18 + 170 + 93 * 5 + 760, m.size(), "93 controls with 760 attribute values");
        assertEquals(93, count(m, "?c a isms:Control"));
        assertEquals(6, count(m, "?s a skos:ConceptScheme"));
        assertEquals(34, count(m, "?c a skos:Concept ; skos:inScheme ?s ; skos:topConceptOf ?s"));
    }

    @Test
    void sparqlFindsControlsByTheirSkosConcepts() {
        Model m = parse(CatalogJsonLd.toJson(ISO));
        assertEquals(14, count(m, "?c isms:cybersecurityConcept ?x . ?x skos:notation \"#Detect\""));
        assertEquals(34, count(m, "?c isms:theme ?t . ?t skos:prefLabel \"Technological\""));
        assertEquals(1, count(m, "<" + CatalogJsonLd.iri(ControlRef.of(ISO.id(), "8.24")) + "> dcterms:identifier"
                + " \"8.24\" ; dcterms:isPartOf ?cat . ?cat dcterms:identifier \"iso27002:2022\""));
    }

    @Test
    void mappingsAreRelationshipStatementsAGraphToolFollows() {
        List<MappingSet> sets = List.of(Catalogs.mapping2013To2022(), Catalogs.annexAToIso27002_2022(),
                Catalogs.nistCsf2ToIso27001_2022());
        Model m = parse(CatalogJsonLd.toJson(ISO, sets));
        assertEquals(expectedTriples(ISO, sets), m.size());
        assertEquals(5 + 18 + 170 + 93 * 5 + 760 + 3 * 4 + 115 + 93 + 341, m.size());
        String iso515 = "<" + CatalogJsonLd.iri(ControlRef.of(ISO.id(), "5.15")) + ">";
        assertEquals(Catalogs.nistCsf2ToIso27001_2022().sourcesOf("A.5.15").size(),
                count(m, "?csf isms:intersectsWith/isms:equal " + iso515));
        assertEquals(2, count(m, "?old isms:intersectsWith <" + CatalogJsonLd.iri(ControlRef.of(ISO.id(), "8.24"))
                + ">"), "A.10.1.1 and A.10.1.2");
        assertEquals(3, count(m, "?s a isms:MappingSet ; isms:sourceCatalog ?a ; isms:targetCatalog ?b"));
    }

    @Test
    void idsAnIriCannotHoldArePercentEncodedAndTextsAndParentsTravel() {
        Catalog acme = Catalog.builder("acme:v1", "ACME \"quoted\" catalogue").edition("1").publisher("ACME")
                .control(Control.of("ACME-7", "Seven").withText("Line one.\nLine two."))
                .control(Control.builder("ACME-7.1", "Seven, first").parent(ControlId.parse("ACME-7")).build())
                .build();
        MappingSet odd = MappingSet.of("vendor map #1", "vendor catalogue é", "acme:v1", List.of(
                Mapping.of("V(1)", "ACME-7", Relationship.SUPERSET_OF)));
        String json = CatalogJsonLd.toJson(acme, odd);
        assertTrue(json.contains("\"@id\": \"https://isms.dev/id/catalog/vendor%20catalogue%20%C3%A9/V(1)\""), json);
        assertTrue(json.contains("\"@id\": \"https://isms.dev/id/mapping/vendor%20map%20%231\""), json);
        Model m = parse(json);
        assertEquals(expectedTriples(acme, List.of(odd)), m.size());
        assertEquals(1, count(m, "?c isms:parent ?p . ?p dcterms:description \"Line one.\\nLine two.\""));
        assertEquals(1, count(m, "?v isms:supersetOf ?a . ?a dcterms:identifier \"ACME-7\""));
        assertEquals("https://isms.dev/id/catalog/acme:v1/ACME-7.1", CatalogJsonLd.iri(ControlRef.of("acme:v1",
                "ACME-7.1")));
    }

    @Test
    void outputIsDeterministicAndTheWritersAgree(@TempDir Path dir) throws Exception {
        List<MappingSet> sets = List.of(Catalogs.mapping2013To2022());
        String json = CatalogJsonLd.toJson(ISO, sets);
        assertEquals(json, CatalogJsonLd.toJson(ISO, sets));
        Path file = dir.resolve("iso.jsonld");
        CatalogJsonLd.write(ISO, sets, file);
        assertEquals(json, Files.readString(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalogJsonLd.write(ISO, sets, out);
        assertEquals(json, out.toString(StandardCharsets.UTF_8));
        assertTrue(json.startsWith("{\n  \"@context\": {\n    \"isms\": \"https://isms.dev/ns/rdf#\""), json
                .substring(0, 100));
    }

    @Test
    void rejectsRepeatedMappingSetsAndReportsUnwritableFiles(@TempDir Path dir) {
        MappingSet m = Catalogs.mapping2013To2022();
        assertEquals("JSON-LD mapping sets must have distinct ids but 'iso27001-2013-to-iso27002-2022' is given twice",
                assertThrows(IllegalArgumentException.class, () -> CatalogJsonLd.toJson(ISO, m, m)).getMessage());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> CatalogJsonLd.write(ISO, List.of(),
                dir));
        assertTrue(e.getMessage().startsWith("cannot write " + dir), e.getMessage());
        assertThrows(NullPointerException.class, () -> CatalogJsonLd.toJson(null, List.of()));
        assertThrows(NullPointerException.class, () -> CatalogJsonLd.toJson(ISO, (List<MappingSet>) null));
        assertThrows(NullPointerException.class, () -> CatalogJsonLd.iri(null));
        assertThrows(NullPointerException.class, () -> CatalogJsonLd.write(ISO, List.of(), (Path) null));
    }
}
