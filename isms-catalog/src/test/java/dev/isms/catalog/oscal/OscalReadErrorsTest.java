// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.ControlGroup;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad OSCAL input: every problem at once, each with its JSON pointer, and nothing half-built. */
class OscalReadErrorsTest {
    private static FormatException fails(String json) {
        return assertThrows(FormatException.class, () -> Oscal.parseCatalog(json));
    }

    private static List<String> problems(FormatException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    private static String catalog(String controls) {
        return "{\"catalog\": {\"uuid\": \"1f3c1c7e-0d2b-4d8a-9a4f-3b2f6f1c2a10\", \"metadata\": {\"title\": \"T\","
                + " \"last-modified\": \"2026-01-01T00:00:00Z\", \"version\": \"1\", \"oscal-version\": \"1.1.3\"},"
                + " \"controls\": [" + controls + "]}}";
    }

    @Test
    void notJsonNamesTheLine() {
        FormatException e = fails("{\"catalog\": \n oops}");
        assertEquals("<OSCAL text>", e.resource());
        assertTrue(e.problems().get(0).message().startsWith("malformed JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(fails("").getMessage().contains("document is empty"));
        assertTrue(fails("{} {}").getMessage().contains("unexpected content after the end"));
    }

    @Test
    void aNumberWhoseExponentOverflowsIsAProblemAtItsPointer() {
        for (String json : List.of("{\"catalog\": {\"x\": 1E+2147483649}}", "{\"profile\": 1E+2147483649}")) {
            List<String> p = problems(fails(json));
            assertEquals(1, p.size(), p.toString());
            assertTrue(p.get(0).matches("/(catalog/x|profile): number '1E\\+2147483649' is out of range \\(line 1,.*"),
                    p.get(0));
        }
        assertTrue(assertThrows(FormatException.class, () -> Oscal.parseMappingCollection("[1e-2147483649]"))
                .getMessage().contains("is out of range"));
    }

    @Test
    void anIsmsMetadataEntryTheModelRefusesIsAProblemAtItsProperty() {
        Catalog small = Catalog.builder("t:1", "T").metadata("contentVersion", "1")
                .control(dev.isms.core.Control.of("1", "a")).build();
        String json = Oscal.toJson(small, OscalOptions.defaults()).replace("\"contentVersion\"", "\" \\tkey\"");
        FormatException e = fails(json);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.location().startsWith("/catalog/metadata/props/"), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("metadata key must not contain control character U+0009"),
                e.getMessage());
    }

    @Test
    void anUnknownIsmsMetadataPropertyIsQuotedBounded() {
        Catalog small = Catalog.builder("t:1", "T").metadata("contentVersion", "1")
                .control(dev.isms.core.Control.of("1", "a")).build();
        String name = "x".repeat(5_000);
        String json = Oscal.toJson(small, OscalOptions.defaults())
                .replaceFirst("\"name\"\\s*:\\s*\"metadata\"", "\"name\" : \"" + name + "\"");
        FormatException e = fails(json);
        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("unknown isms property 'xxx"), message);
        assertTrue(message.length() < 300, message);
    }

    @Test
    void wrongRootIsNamed() {
        FormatException e = fails("{\"profile\": {}}");
        assertEquals(List.of("/: document must be an OSCAL catalog: its root object must hold 'catalog'",
                "/profile: unknown field 'profile' (the OSCAL schema allows $schema, catalog)"), problems(e));
        assertEquals("/: must be an object but is an array", problems(fails("[1]")).get(0));
    }

    @Test
    void missingRequiredFieldsAreAllReported() {
        FormatException e = fails("{\"catalog\": {\"uuid\": \"not-a-uuid\", \"metadata\": {\"title\": \"T\"},"
                + " \"controls\": [{\"title\": 7}, {\"id\": \"5.1\", \"title\": \"Bad token\"}]}}");
        assertEquals(List.of(
                "/catalog/controls/0: required field 'id' is missing",
                "/catalog/controls/0/title: must be a string but is a number",
                "/catalog/controls/1/id: must be an OSCAL token (a letter or '_', then letters, digits, '.', '-', '_')"
                        + " but was '5.1'",
                "/catalog/metadata: required field 'last-modified' is missing",
                "/catalog/metadata: required field 'version' is missing",
                "/catalog/metadata: required field 'oscal-version' is missing",
                "/catalog/uuid: must be a version 4 or 5 UUID but was 'not-a-uuid'"), problems(e));
    }

    @Test
    void duplicateIdsNameTheFirstPlace() {
        FormatException e = fails(catalog("{\"id\": \"a-1\", \"title\": \"A\"}, {\"id\": \"a-1\", \"title\": \"B\"}"));
        assertEquals(List.of("/catalog/controls/1: duplicate control id 'a-1' (first at /catalog/controls/0)",
                "/catalog/controls/1/id: duplicate OSCAL id 'a-1' (first at /catalog/controls/0/id)"), problems(e));
    }

    @Test
    void unknownFieldsMistypedMembersAndBadIsmsPropertiesAreReported() {
        FormatException e = fails(catalog("{\"id\": \"a-1\", \"title\": \"A\", \"colour\": \"red\", \"links\": {},"
                + " \"props\": [{\"name\": \"control-type\", \"ns\": \"https://isms.dev/ns/oscal\","
                + " \"value\": \"Sneaky\"}, {\"name\": \"flavour\", \"ns\": \"https://isms.dev/ns/oscal\","
                + " \"value\": \"x\"}, {\"name\": \"n\"}]}"));
        List<String> p = problems(e);
        assertEquals(5, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("/catalog/controls/0/colour: unknown field 'colour' (the OSCAL schema allows"));
        assertEquals("/catalog/controls/0/links: must be an array but is an object", p.get(1));
        assertTrue(p.get(2).startsWith("/catalog/controls/0/props/0/value: Control type: cannot parse 'Sneaky'")
                || p.get(2).startsWith("/catalog/controls/0/props/0/value: "), p.get(2));
        assertEquals("/catalog/controls/0/props/1/name: unknown isms property 'flavour'", p.get(3));
        assertEquals("/catalog/controls/0/props/2: required field 'value' is missing", p.get(4));
    }

    @Test
    void idsThatCannotBeControlIdsAreReported() {
        FormatException e = fails(catalog("{\"id\": \"a..b\", \"title\": \"A\"}"));
        assertTrue(problems(e).get(0).startsWith("/catalog/controls/0/id: cannot be an isms control id: "),
                problems(e).toString());
    }

    @Test
    void anIsmsDocumentNeedsItsLabels() {
        String json = Oscal.toJson(Catalogs.iso27002_2022(), OscalOptions.defaults())
                .replaceFirst("\"name\": \"label\",\\s*\"value\": \"5.1\"", "\"name\": \"other\", \"value\": \"x\"");
        FormatException e = fails(json);
        assertEquals(List.of("/catalog/groups/0/controls/0: an isms document carries each id in a 'label' property,"
                + " which is missing here"), problems(e));
    }

    @Test
    void sizeAndDepthLimitsAreTheOtherReaders() {
        OscalOptions small = OscalOptions.builder().maxDocumentBytes(100).build();
        byte[] big = catalog("").getBytes(StandardCharsets.UTF_8);
        FormatException e = assertThrows(FormatException.class,
                () -> Oscal.readCatalog(new ByteArrayInputStream(big), "big.json", small));
        assertEquals("/: document must be at most 100 bytes but is larger", problems(e).get(0));
        String deep = "[".repeat(40) + "]".repeat(40);
        assertTrue(fails(deep).getMessage().contains("nesting of arrays and objects must be at most 32 deep"));
        OscalOptions shortStrings = OscalOptions.builder().maxStringLength(20).build();
        FormatException s = assertThrows(FormatException.class, () -> Oscal.readCatalog(
                new ByteArrayInputStream(big), "s.json", shortStrings));
        assertEquals(List.of("/catalog/uuid: strings must be at most 20 characters long (line 1, column 60)"),
                problems(s));
        OscalOptions shortKeys = OscalOptions.builder().maxStringLength(3).build();
        FormatException k = assertThrows(FormatException.class, () -> Oscal.readCatalog(
                new ByteArrayInputStream(big), "k.json", shortKeys));
        assertTrue(problems(k).get(0).contains("keys must be at most 3 characters long"), k.getMessage());
    }

    @Test
    void manyProblemsAreBoundedWithTheRestCountedAsOmitted() {
        StringBuilder controls = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            controls.append(i == 0 ? "" : ", ").append("{\"title\": \"t\"}");
        }
        FormatException e = fails(catalog(controls.toString()));
        assertEquals(100, e.problems().size());
        assertEquals(50, e.omitted());
        assertTrue(e.getMessage().contains("… and 50 more not reported"));
    }

    @Test
    void aRootThatIsNoObjectIsTheOnlyProblem() {
        assertEquals(List.of("/: must be an object but is an array"), problems(fails("[1]")));
        assertEquals(List.of("/: must be an object but is a string"), problems(fails("\"catalog\"")));
        assertEquals(List.of("/: must be an object but is null"), problems(fails("null")));
    }

    @Test
    void mistypedValuesAreNamedByTheirJsonKind() {
        FormatException e = fails(catalog("{\"id\": \"a-1\", \"title\": true}, {\"id\": \"a-2\", \"title\": null},"
                + " {\"id\": \"a-3\", \"title\": 1.5}, {\"id\": \"a-4\", \"title\": [\"A\"]},"
                + " {\"id\": \"a-5\", \"title\": {}}, {\"id\": \"a-6\", \"title\": \" \"}"));
        assertEquals(List.of("/catalog/controls/0/title: must be a string but is a boolean",
                "/catalog/controls/1/title: must be a string but is null",
                "/catalog/controls/2/title: must be a string but is a number",
                "/catalog/controls/3/title: must be a string but is an array",
                "/catalog/controls/4/title: must be a string but is an object",
                "/catalog/controls/5/title: must not be blank"), problems(e));
    }

    @Test
    void contentThatIsNotReadMustStillBeOfItsKind() {
        String doc = catalog("{\"id\": \"a-1\", \"title\": \"A\", \"params\": {}}");
        FormatException e = fails(doc.substring(0, doc.length() - 2)
                + ", \"params\": {\"id\": \"p\"}, \"back-matter\": [], \"groups\": []}}");
        assertEquals(List.of("/catalog/back-matter: must be an object but is an array",
                "/catalog/controls/0/params: must be an array but is an object",
                "/catalog/groups: must not be an empty array (OSCAL arrays have at least one item; leave the field"
                        + " out)",
                "/catalog/params: must be an array but is an object"), problems(e));
    }

    private static List<String> groupProblems(String groups) {
        return problems(fails(catalog("{\"id\": \"a-1\", \"title\": \"A\"}")
                .replace("\"controls\": [", "\"groups\": [" + groups + "], \"controls\": [")));
    }

    @Test
    void groupsReportRepeatedIdsBadTitlesAndMistypedContent() {
        assertEquals(List.of("/catalog/groups/1: duplicate group id 'g' (first at /catalog/groups/0)",
                "/catalog/groups/1/id: duplicate OSCAL id 'g' (first at /catalog/groups/0/id)"),
                groupProblems("{\"id\": \"g\", \"title\": \"A\"}, {\"id\": \"g\", \"title\": \"B\"}"));
        List<String> p = groupProblems("{\"id\": \"g\", \"title\": \"A\\u0007\", \"parts\": {}}");
        assertEquals(2, p.size(), p.toString());
        assertEquals("/catalog/groups/0/parts: must be an array but is an object", p.get(0));
        assertTrue(p.get(1).startsWith("/catalog/groups/0/title: ") && p.get(1).contains("control character"),
                p.toString());
    }

    @Test
    void groupsWithoutIdsAreNumberedByTheirPositionAndPublishedIsKept() {
        Catalog c = Oscal.parseCatalog(catalog("{\"id\": \"a-1\", \"title\": \"A\"}")
                .replace("\"controls\": [", "\"groups\": [{\"title\": \"G\", \"groups\": [{\"title\": \"G1\"},"
                        + " {\"title\": \"G2\", \"controls\": [{\"id\": \"b-1\", \"title\": \"B\"}]}]},"
                        + " {\"title\": \"H\"}], \"controls\": [")
                .replace("\"version\": \"1\"", "\"published\": \"2025-06-01T00:00:00Z\", \"version\": \"1\""));
        assertEquals(List.of("1", "1.1", "1.2", "2"), c.groups().stream().map(ControlGroup::id).toList());
        assertEquals(List.of(Optional.empty(), Optional.of("1"), Optional.of("1"), Optional.empty()),
                c.groups().stream().map(ControlGroup::parent).toList());
        assertEquals(Optional.of("1.2"), c.require("b-1").group());
        assertEquals("2025-06-01T00:00:00Z", c.metadata().get("oscal.published"));
    }

    @Test
    void profilesReportMissingImportsAndMistypedContent() {
        String head = "{\"profile\": {\"uuid\": \"1f3c1c7e-0d2b-4d8a-9a4f-3b2f6f1c2a10\","
                + " \"metadata\": {\"title\": \"T\", \"last-modified\": \"2026-01-01T00:00:00Z\", \"version\": \"1\","
                + " \"oscal-version\": \"1.1.3\"}";
        assertEquals(List.of("/profile: required field 'imports' is missing",
                "/profile/back-matter: must be an object but is an array",
                "/profile/merge: must be an object but is an array",
                "/profile/modify: must be an object but is an array"),
                profileProblems(head + ", \"merge\": [], \"modify\": [], \"back-matter\": []}}"));
        assertEquals(List.of("/profile/imports/0/include-all: must be an object but is an array",
                "/profile/imports/1: an import must have either 'include-all' or 'include-controls', not both"),
                profileProblems(head + ", \"imports\": [{\"href\": \"#a\", \"include-all\": []},"
                        + " {\"href\": \"#b\", \"include-all\": {},"
                        + " \"include-controls\": [{\"with-ids\": [\"ac-1\"]}]}]}}"));
    }

    private static List<String> profileProblems(String json) {
        return problems(assertThrows(FormatException.class, () -> Oscal.parseProfile(json)));
    }
}
