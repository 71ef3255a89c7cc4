// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.ControlId;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Rationale;
import dev.isms.core.mapping.Relationship;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping sets as OSCAL 1.2 mapping collections. */
class OscalMappingTest {
    private final MappingSet correspondence = Catalogs.mapping2013To2022();

    @Test
    void theCorrespondenceReadsBackEqualAndValidatesAgainstTheMappingSchema(@TempDir Path dir) {
        Path file = dir.resolve("m.json");
        Oscal.writeMappingCollection(correspondence, file);
        assertEquals(correspondence, Oscal.readMappingCollection(file));
        String json = Oscal.toJson(correspondence);
        OscalSchemas.assertValid("1.2.1", "mapping", json);
        assertTrue(json.contains("\"relationship\": \"intersects-with\""));
        assertTrue(json.contains("\"id-ref\": \"iso27002-2022-5.1\""), "targets use the exported catalogue's ids");
        assertTrue(json.contains("\"oscal-version\": \"1.2.1\""));
    }

    @Test
    void rationalesAndStrengthsSurviveIncludingAbsentOnes() {
        MappingSet set = MappingSet.of("mine", "a:1", "b:2", List.of(
                new Mapping(ControlId.parse("x.1"), ControlId.parse("5.1"), Relationship.SUBSET_OF,
                        Optional.of(Rationale.FUNCTIONAL), OptionalInt.of(7)),
                Mapping.of("x.2", "5.2", Relationship.NO_RELATIONSHIP),
                new Mapping(ControlId.parse("x.3"), ControlId.parse("5.1"), Relationship.EQUAL,
                        Optional.of(Rationale.SYNTACTIC), OptionalInt.empty())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Oscal.writeMappingCollection(set, out, OscalOptions.defaults());
        String json = out.toString(StandardCharsets.UTF_8);
        OscalSchemas.assertValid("1.2.1", "mapping", json);
        assertEquals(set, Oscal.parseMappingCollection(json));
    }

    @Test
    void foreignMapsInheritTheProvenanceRationaleAndExpandSourcesTimesTargets() {
        String json = Oscal.toJson(MappingSet.of("m", "a:1", "b:2", List.of(Mapping.of("x.1", "y.1",
                Relationship.EQUAL))))
                .replaceAll("\"name\": \"mapping-set-id\"", "\"name\": \"other-id\"")
                .replace("\"targets\": [", "\"targets\": [{\"type\": \"control\", \"id-ref\": \"y-2\"}, ");
        FormatException e = assertThrows(FormatException.class, () -> Oscal.parseMappingCollection(json));
        assertTrue(e.getMessage().contains("unknown isms property 'other-id'"), e.getMessage());
        MappingSet foreign = Oscal.parseMappingCollection(json.replace("\"name\": \"other-id\",\n          \"ns\": "
                + "\"https://isms.dev/ns/oscal\"", "\"name\": \"other-id\""));
        assertEquals(2, foreign.mappings().size());
        assertEquals(Optional.of(Rationale.SEMANTIC), foreign.mappings().get(0).rationale());
        assertEquals(List.of(ControlId.parse("y-2"), ControlId.parse("y.1")), foreign.targetsOf("x.1"));
    }

    @Test
    void badMapsAreAllReported() {
        String json = Oscal.toJson(MappingSet.of("m", "a:1", "b:2", List.of(Mapping.of("x.1", "y.1",
                Relationship.EQUAL), Mapping.of("x.2", "y.2", Relationship.EQUAL))))
                .replaceFirst("\"relationship\": \"equal\"", "\"relationship\": \"similar-to\"")
                .replace("\"type\": \"catalog\",\n          \"href\": \"urn:isms:catalog:b:2\"",
                        "\"type\": \"catalog\",\n          \"href\": \"urn:isms:catalog:b:2\", \"extra\": 1");
        FormatException e = assertThrows(FormatException.class, () -> Oscal.parseMappingCollection(json));
        List<String> p = e.problems().stream().map(Problem::toString).toList();
        assertTrue(p.get(0).startsWith("/mapping-collection/mappings/0/maps/0/relationship: "), p.toString());
        assertTrue(p.get(0).contains("similar-to"), p.toString());
        assertTrue(p.get(1).startsWith("/mapping-collection/mappings/0/target-resource/extra: unknown field"),
                p.toString());
    }

    @Test
    void emptySetsCannotBeCollections() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Oscal.toJson(MappingSet.of("empty", "a", "b", List.of())));
        assertEquals("mapping set 'empty' must have at least one mapping to be an OSCAL mapping collection (a mapping"
                + " has at least one map)", e.getMessage());
        assertTrue(assertThrows(FormatException.class, () -> Oscal.parseMappingCollection("{\"catalog\": {}}"))
                .getMessage().contains("document must be an OSCAL mapping-collection"));
    }

    @Test
    void badItemsStrengthsAndRationalesAreReportedAtTheirMaps() {
        String json = Oscal.toJson(MappingSet.of("m", "a:1", "b:2", List.of(
                new Mapping(ControlId.parse("x.1"), ControlId.parse("y.1"), Relationship.EQUAL,
                        Optional.of(Rationale.FUNCTIONAL), OptionalInt.of(7)),
                Mapping.of("x.2", "y.2", Relationship.EQUAL), Mapping.of("x.3", "y.3", Relationship.EQUAL))))
                .replaceFirst("\"matching-rationale\": \"functional\"", "\"matching-rationale\": \"psychic\"")
                .replaceFirst("\"value\": \"7\"", "\"value\": \"11\"")
                .replaceFirst("\"name\": \"label\",(\\s*)\"value\": \"y.2\"",
                        "\"name\": \"label\",$1\"value\": \"y..2\"")
                .replaceFirst("\"type\": \"control\",(\\s*)\"id-ref\": \"x.3\"",
                        "\"type\": \"statement\",$1\"id-ref\": \"x.3\"");
        FormatException e = assertThrows(FormatException.class, () -> Oscal.parseMappingCollection(json));
        List<String> p = e.problems().stream().map(Problem::toString).toList();
        assertEquals(4, p.size(), p.toString());
        String maps = "/mapping-collection/mappings/0/maps/";
        assertTrue(p.get(0).startsWith(maps + "0/matching-rationale: ") && p.get(0).contains("psychic"), p.toString());
        assertTrue(p.get(1).startsWith(maps + "0/props/")
                && p.get(1).endsWith("/value: strength must be an integer 0..10 but was '11'"), p.toString());
        assertTrue(p.get(2).startsWith(maps + "1/targets/0/id-ref: cannot be an isms control id: "), p.toString());
        assertEquals(maps + "2/sources/0/type: only control mappings can be read into a mapping set, not 'statement'",
                p.get(3));
    }

    @Test
    void aCollectionReportsItsMissingPartsAndRepeatedPairs() {
        String json = Oscal.toJson(MappingSet.of("m", "a:1", "b:2", List.of(Mapping.of("x.1", "y.1",
                Relationship.EQUAL), Mapping.of("x.2", "y.2", Relationship.EQUAL))));
        String repeated = json.replace("x.2", "x.1").replace("y.2", "y.1");
        assertEquals(List.of("/mapping-collection/mappings/0/maps/1: maps x.1 to y.1 again (first at"
                + " /mapping-collection/mappings/0/maps/0)"), problems(repeated));
        String renamed = json.replace("\"mappings\": [", "\"other\": [");
        assertEquals(List.of("/mapping-collection/other: unknown field 'other' (the OSCAL schema allows back-matter,"
                + " mappings, metadata, provenance, uuid)"), problems(renamed), "unknown members are thrown at once");
        String bare = json.replaceFirst("\"provenance\": \\{[^{}]*\\},", "\"back-matter\": [],");
        assertEquals(List.of("/mapping-collection: required field 'provenance' is missing",
                "/mapping-collection/back-matter: must be an object but is an array"), problems(bare));
    }

    private static List<String> problems(String json) {
        return assertThrows(FormatException.class, () -> Oscal.parseMappingCollection(json)).problems().stream()
                .map(Problem::toString).toList();
    }
}
