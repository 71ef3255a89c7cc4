// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static dev.isms.catalog.json.Fixtures.catalogJson;
import static dev.isms.catalog.json.Fixtures.control;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.CatalogException;
import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogJsonTest {
    private final CatalogJson json = CatalogJson.defaults();

    private FormatException fails(String document) {
        return assertThrows(FormatException.class, () -> json.parseCatalog(document));
    }

    private static void assertProblem(FormatException e, String location, String fragment) {
        for (Problem p : e.problems()) {
            if (p.location().equals(location) && p.message().contains(fragment)) {
                return;
            }
        }
        throw new AssertionError("no problem at '" + location + "' containing '" + fragment + "' in:\n"
                + e.getMessage());
    }

    @Test
    void childControlsKeepTheirParent() {
        Catalog c = Catalog.builder("n:1", "N").control(dev.isms.core.Control.of("ac-2", "Account"))
                .control(dev.isms.core.Control.builder("ac-2.1", "Automated")
                        .parent(dev.isms.core.ControlId.parse("ac-2")).build()).build();
        String text = json.toJson(c);
        assertTrue(text.contains("\"parent\": \"ac-2\""), text);
        Catalog back = json.parseCatalog(text);
        assertEquals(c, back);
        assertEquals(c.children(dev.isms.core.ControlId.parse("ac-2")),
                back.children(dev.isms.core.ControlId.parse("ac-2")));
        assertEquals(text, json.toJson(back));
        assertProblem(fails(text.replace("\"parent\": \"ac-2\"", "\"parent\": \"zz-9\"")), "/controls/1/parent",
                "unknown parent control 'zz-9'; a parent must be a control listed before its children");
        assertProblem(fails(text.replace("\"parent\": \"ac-2\"", "\"parent\": \"ac-2.1\"")), "/controls/1/parent",
                "control parent must differ from the control id but was 'ac-2.1'");
        assertProblem(fails(text.replace("\"parent\": \"ac-2\"", "\"parent\": \" \"")), "/controls/1/parent",
                "control id");
    }

    @Test
    void aParentListedAfterItsChildIsReportedAtTheChild() {
        String text = json.toJson(Catalog.builder("n:1", "N").control(dev.isms.core.Control.of("ac-2.1", "Automated"))
                .control(dev.isms.core.Control.of("ac-2", "Account")).build());
        FormatException e = fails(text.replace("\"title\": \"Automated\"",
                "\"title\": \"Automated\", \"parent\": \"ac-2\""));
        assertProblem(e, "/controls/0/parent",
                "unknown parent control 'ac-2'; a parent must be a control listed before its children");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void roundTripsACatalogueToAnEqualOne() {
        Catalog catalog = Fixtures.catalog();
        String text = json.toJson(catalog);
        Catalog back = json.parseCatalog(text);
        assertEquals(catalog, back);
        assertEquals(text, json.toJson(back));
        assertEquals(catalog.metadata().keySet().stream().toList(), back.metadata().keySet().stream().toList());
    }

    @Test
    void writesTwoSpaceIndentedKeysInOrderAndOmitsAbsentOptionals() {
        String text = json.toJson(Catalog.builder("x:1", "X").control(dev.isms.core.Control.of("1", "One"))
                .build());
        assertEquals("""
                {
                  "format": "isms-catalog",
                  "formatVersion": 1,
                  "id": "x:1",
                  "title": "X",
                  "edition": "unspecified",
                  "publisher": "unspecified",
                  "metadata": {},
                  "groups": [],
                  "controls": [
                    {
                      "id": "1",
                      "title": "One"
                    }
                  ]
                }
                """, text);
    }

    @Test
    void writesAllFiveAttributeArraysInVocabularyOrder() {
        String text = json.toJson(Fixtures.catalog());
        assertTrue(text.contains("""
                      "attributes": {
                        "controlTypes": [
                          "Preventive"
                        ],
                        "securityProperties": [
                          "Confidentiality",
                          "Integrity",
                          "Availability"
                        ],
                """), text);
        assertTrue(text.contains("\"theme\": \"Organizational\""), text);
    }

    @Test
    void acceptsAttributeTagsWithHashAndAnyCase() {
        Catalog c = json.parseCatalog(catalogJson(control("5.1", ", \"theme\": \"organizational\", \"group\": \"5\","
                + " \"attributes\": {\"controlTypes\": [\"#preventive\"], \"securityProperties\": [],"
                + " \"cybersecurityConcepts\": [], \"operationalCapabilities\": [], \"securityDomains\": []}")));
        assertEquals("#Preventive", c.require("5.1").attributes().toString());
        assertEquals(1, c.metadata().size());
    }

    @Test
    void writeControlsStreamAndLeavesItOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeCatalog(Fixtures.catalog(), out);
        Catalog back = json.readCatalog(new ByteArrayInputStream(out.toByteArray()), "memory");
        assertEquals(Fixtures.catalog(), back);
        out.write('x');
    }

    @Test
    void readsFilesAndNamesTheFileInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.json");
        Files.writeString(file, json.toJson(Fixtures.catalog()));
        assertEquals(Fixtures.catalog(), json.readCatalog(file));
        Files.writeString(file, "{}");
        FormatException e = assertThrows(FormatException.class, () -> json.readCatalog(file));
        assertEquals(file.toString(), e.resource());
    }

    @Test
    void anUnreadableFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> json.readCatalog(dir.resolve("missing.json")));
        assertInstanceOf(NoSuchFileException.class, e.getCause());
        assertTrue(e.getMessage().contains("missing.json"), e.getMessage());
        assertThrows(UncheckedIOException.class, () -> json.readMappingSet(dir));
        assertThrows(UncheckedIOException.class, () -> json.readRequirementSet(dir.resolve("none.json")));
        assertThrows(UncheckedIOException.class, () -> json.readStandards(dir.resolve("none.json")));
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("network gone");
            }
        };
        UncheckedIOException s = assertThrows(UncheckedIOException.class, () -> json.readCatalog(failing, "net"));
        assertTrue(s.getMessage().contains("network gone"), s.getMessage());
    }

    @Test
    void parseNamesTextWhileReadNamesFiles() {
        FormatException e = assertThrows(FormatException.class, () -> json.parseCatalog("acme.json"));
        assertEquals("<JSON text>", e.resource());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }

    @Test
    void wrapsWriteFailuresInUncheckedIoException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> json.writeCatalog(Fixtures.catalog(), broken));
        assertInstanceOf(IOException.class, e.getCause());
        assertThrows(UncheckedIOException.class, () -> json.writeMappingSet(Fixtures.mappingSet(), broken));
        assertThrows(UncheckedIOException.class, () -> json.writeRequirementSet(Fixtures.requirementSet(), broken));
    }

    @Test
    void rejectsUnknownFieldsNamingEach() {
        FormatException e = fails(catalogJson(control("5.1", ", \"colour\": \"red\"") + ", "
                + control("5.2", ", \"size\": {\"x\": 1}")).replace("\"edition\"", "\"extra\": 1, \"edition\""));
        assertProblem(e, "/controls/0/colour", "unknown field 'colour'");
        assertProblem(e, "/controls/1/size", "unknown field 'size'");
        assertProblem(e, "/extra", "unknown field 'extra'");
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void rejectsDuplicateKeys() {
        FormatException e = fails(catalogJson(control("5.1", ", \"title\": \"again\"")));
        assertTrue(e.getMessage().contains("duplicate key 'title'"), e.getMessage());
        assertTrue(e.location().startsWith("/controls/0"), e.location());
    }

    @Test
    void rejectsDuplicateControlIdsNamingTheFirst() {
        FormatException e = fails(catalogJson(control("5.1", "") + ", " + control("5.2", "") + ", "
                + control("5.1", "")));
        assertProblem(e, "/controls/2/id", "duplicate control id '5.1' (first at /controls/0/id)");
    }

    @Test
    void rejectsUnknownAttributeValuesListingTheAllowedOnes() {
        FormatException e = fails(catalogJson(control("5.1", ", \"attributes\": {\"controlTypes\":"
                + " [\"Preventive\", \"Preventative\"], \"securityProperties\": [], \"cybersecurityConcepts\": [],"
                + " \"operationalCapabilities\": [], \"securityDomains\": [\"Nope\"]}")));
        assertProblem(e, "/controls/0/attributes/controlTypes/1",
                "must be one of #Preventive, #Detective, #Corrective but was 'Preventative'");
        assertProblem(e, "/controls/0/attributes/securityDomains/0", "but was 'Nope'");
    }

    @Test
    void rejectsMissingAttributeArrays() {
        FormatException e = fails(catalogJson(control("5.1", ", \"attributes\": {\"controlTypes\": []}")));
        assertProblem(e, "/controls/0/attributes/securityDomains", "is required");
    }

    @Test
    void rejectsMissingTitle() {
        FormatException e = fails(catalogJson("{\"id\": \"5.1\"}"));
        assertProblem(e, "/controls/0/title", "is required");
    }

    @Test
    void rejectsBlankTitles() {
        FormatException e = fails(catalogJson("{\"id\": \"5.1\", \"title\": \"  \"}")
                .replace("\"title\": \"T\"", "\"title\": \"\""));
        assertProblem(e, "/controls/0/title", "must not be blank");
        assertProblem(e, "/title", "must not be blank");
    }

    @Test
    void rejectsValuesOfTheWrongType() {
        assertProblem(fails(catalogJson("{\"id\": \"5.1\", \"title\": 7}")), "/controls/0/title",
                "must be a string but was a number");
        assertProblem(fails(catalogJson("{\"id\": \"5.1\", \"title\": true}")), "/controls/0/title",
                "must be a string but was a boolean");
        assertProblem(fails(catalogJson("{\"id\": \"5.1\", \"title\": [\"a\"]}")), "/controls/0/title",
                "must be a string but was an array");
        assertProblem(fails(catalogJson("").replace("\"controls\": []", "\"controls\": {}")), "/controls",
                "must be an array but was an object");
        assertProblem(fails(catalogJson("{\"id\": \"5.1\", \"title\": {}}")), "/controls/0/title",
                "must be a string but was an object");
        assertProblem(fails(catalogJson("{\"id\": \"5.1\", \"title\": \"T\", \"attributes\": \"x\"}")),
                "/controls/0/attributes", "must be an object but was a string");
        assertProblem(fails(catalogJson("7")), "/controls/0", "must be an object but was a number");
        assertProblem(fails(catalogJson("").replace("\"controls\": []", "\"controls\": \"5.1\"")), "/controls",
                "must be an array but was a string");
    }

    @Test
    void aWronglyTypedValueNamesItsLineAndColumn() {
        FormatException e = fails(catalogJson("{\"id\": \"5.1\", \"title\": 7}").replace('\n', ' '));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("/controls/0/title", p.location());
        assertTrue(p.message().matches("must be a string but was a number \\(line 1, column \\d+\\)"), p.message());
    }

    @Test
    void reportsEachBadTextOnceAtItsOwnPointer() {
        String doc = catalogJson("{\"id\": \"5.1\", \"title\": \" \", \"group\": \"\\u0007\", \"text\": \"a\\u0000\"}")
                .replace("\"title\": \"T\"", "\"title\": \"\\t\"").replace("\"edition\": \"1\"", "\"edition\": \"\"")
                .replace("\"publisher\": \"P\"", "\"publisher\": \"P\\u001b\"")
                .replace("\"metadata\": {\"a\": \"b\"}", "\"metadata\": {\" \": \"b\"}")
                .replace("{\"id\": \"5\", \"title\": \"Organizational controls\", \"kind\": \"theme\"}",
                        "{\"id\": \" \", \"title\": \"\", \"kind\": \"\\n\", \"parent\": \"\\r\"}");
        FormatException e = fails(doc);
        assertEquals(List.of("/controls/0/group", "/controls/0/text", "/controls/0/title", "/edition",
                "/groups/0/id", "/groups/0/kind", "/groups/0/parent", "/groups/0/title", "/metadata/ ", "/publisher",
                "/title"), e.problems().stream().map(Problem::location).toList(), e.getMessage());
        assertProblem(e, "/title", "title must not be blank but was '\\t'");
        assertProblem(e, "/publisher", "publisher must not contain control character");
        assertProblem(e, "/groups/0/parent", "parent must not be blank");
        assertProblem(e, "/controls/0/text", "text must not contain control character");
        assertProblem(e, "/controls/0/group", "group must not contain control character");
        FormatException twice = fails(catalogJson("").replace("\"kind\": \"theme\"}",
                "\"kind\": \"theme\"}, {\"id\": \"5\", \"title\": \"Again\", \"kind\": \"theme\"}"));
        assertEquals(List.of(new Problem("/groups/1/id", "duplicate group id '5' (first at /groups/0/id)")),
                twice.problems());
    }

    @Test
    void rejectsDocumentsNestedTooDeeply() {
        CatalogJson shallow = CatalogJson.builder().maxNestingDepth(3).build();
        FormatException e = assertThrows(FormatException.class, () -> shallow.parseCatalog(
                catalogJson(control("5.1", ", \"attributes\": {\"controlTypes\": [[[]]]}"))));
        assertTrue(e.getMessage().contains("nesting of arrays and objects must be at most 3 deep"), e.getMessage());
        assertEquals(3, shallow.maxNestingDepth());
    }

    @Test
    void rejectsDocumentsTooLarge() {
        CatalogJson small = CatalogJson.builder().maxDocumentBytes(100).build();
        FormatException e = assertThrows(FormatException.class,
                () -> small.parseCatalog(catalogJson("")));
        assertTrue(e.getMessage().contains("document must be at most 100 bytes"), e.getMessage());
    }

    @Test
    void rejectsStringsTooLong() {
        CatalogJson small = CatalogJson.builder().maxStringLength(20).build();
        FormatException e = assertThrows(FormatException.class,
                () -> small.parseCatalog(catalogJson(control("5.1", ", \"text\": \"" + "x".repeat(50) + "\""))));
        assertTrue(e.getMessage().contains("strings must be at most 20 characters"), e.getMessage());
    }

    @Test
    void rejectsTrailingGarbage() {
        FormatException e = fails(catalogJson("") + " {}");
        assertTrue(e.getMessage().contains("unexpected content after the end of the JSON document"),
                e.getMessage());
    }

    @Test
    void rejectsMalformedJsonNamingLineAndColumn() {
        FormatException e = fails("{\"format\": \"isms-catalog\",\n \"id\": }");
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertProblem(fails(""), "", "document is empty");
        assertProblem(fails("[1]"), "", "must be a JSON object but was array");
    }

    @Test
    void rejectsUnknownFormatsAndNewerVersions() {
        assertProblem(fails(catalogJson("").replace("isms-catalog", "oscal")), "/format", "unknown format 'oscal'");
        assertProblem(fails(catalogJson("").replace("\"formatVersion\": 1", "\"formatVersion\": 2")),
                "/formatVersion", "format 'isms-catalog' version 2 is not supported");
        assertProblem(fails(catalogJson("").replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"")),
                "/formatVersion", "must be an integer");
        assertProblem(fails("{}"), "/format", "but was missing");
    }

    @Test
    void describesBadHeaderValuesAsWrittenAndBounded() {
        assertProblem(header("\"format\": []", "\"formatVersion\": 1"), "/format",
                "must be the string 'isms-catalog' but was an array");
        assertProblem(header("\"format\": {}", "\"formatVersion\": 1"), "/format",
                "must be the string 'isms-catalog' but was an object");
        assertProblem(header("\"format\": \"isms-catalog\"", "\"formatVersion\": 0"), "/formatVersion",
                "must be at least 1 but was 0");
        assertProblem(header("\"format\": \"isms-catalog\"", "\"formatVersion\": \"1\""), "/formatVersion",
                "must be an integer 1..1 but was '1'");
        assertProblem(header("\"format\": \"isms-catalog\"", "\"formatVersion\": 1.5"), "/formatVersion",
                "must be an integer 1..1 but was 1.5");
        String hundred = "1" + "0".repeat(99);
        assertProblem(header("\"format\": \"isms-catalog\"", "\"formatVersion\": " + hundred), "/formatVersion",
                "version " + hundred + " is not supported");
        assertProblem(header("\"format\": \"isms-catalog\"", "\"formatVersion\": " + hundred + "0"),
                "/formatVersion", "version " + hundred + "… (101 characters) is not supported");
    }

    private FormatException header(String format, String version) {
        return fails(catalogJson("").replace("\"format\": \"isms-catalog\"", format)
                .replace("\"formatVersion\": 1", version));
    }

    @Test
    void rejectsUnknownGroupsAndParents() {
        FormatException e = fails(catalogJson(control("5.1", ", \"group\": \"9\""))
                .replace("\"kind\": \"theme\"}", "\"kind\": \"theme\"}, {\"id\": \"x\", \"title\": \"X\", \"kind\":"
                        + " \"k\", \"parent\": \"y\"}"));
        assertProblem(e, "/controls/0/group", "unknown group '9'");
        assertProblem(e, "/groups/1/parent", "unknown parent group 'y'");
    }

    @Test
    void rejectsMalformedIds() {
        FormatException e = fails(catalogJson(control("5..1", "") + ", " + control("05.1", ""))
                .replace("\"t:1\"", "\"-bad id\""));
        assertProblem(e, "/controls/0/id", "control id must not have an empty segment but was '5..1'");
        assertProblem(e, "/controls/1/id", "leading zeros");
        assertProblem(e, "/id", "but was '-bad id'");
    }

    @Test
    void collectsEveryProblemOfADocumentAtOnce() {
        FormatException e = fails(catalogJson(control("5.1", "") + ", {\"id\": \"5.2\", \"title\": \"\"},"
                + control("5.1", ", \"theme\": \"Spiritual\"") + ", null"));
        assertProblem(e, "/controls/1/title", "must not be blank");
        assertProblem(e, "/controls/2/id", "duplicate control id");
        assertProblem(e, "/controls/2/theme", "but was 'Spiritual'");
        assertProblem(e, "/controls/3", "is required");
        assertEquals(4, e.problems().size(), e.getMessage());
        assertEquals("<JSON text>", e.resource());
    }

    @Test
    void rejectsBlankOptionalStringsAndExplicitNullsOfRequiredOnes() {
        FormatException e = fails(catalogJson(control("5.1", ", \"text\": \" \"")).replace("\"b\"", "null"));
        assertProblem(e, "/controls/0/text", "text must not be blank but was ' '");
        assertProblem(e, "/metadata/a", "is required");
        assertEquals(2, e.problems().size(), "a blank text is reported once, at its pointer:\n" + e.getMessage());
    }

    @Test
    void roundTripsMappingSets() {
        MappingSet set = Fixtures.mappingSet();
        String text = json.toJson(set);
        assertTrue(text.contains("\"relationship\": \"intersects-with\",\n      \"rationale\": \"semantic\",\n"
                + "      \"strength\": 7"), text);
        assertEquals(set, json.parseMappingSet(text));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeMappingSet(set, out);
        assertEquals(set, json.readMappingSet(new ByteArrayInputStream(out.toByteArray()), "m.json"));
    }

    @Test
    void rejectsBadMappings() {
        String doc = """
                {"format": "isms-mapping", "formatVersion": 1, "id": "m", "sourceCatalog": "a", "targetCatalog": "b",
                 "mappings": [{"source": "1", "target": "2", "relationship": "equal", "strength": 11},
                              {"source": "1", "target": "2", "relationship": "same-as", "rationale": "gut"},
                              {"source": "1", "target": "3", "relationship": "equal"},
                              {"source": "1", "target": "3", "relationship": "equal", "strength": "7"}]}
                """;
        FormatException e = assertThrows(FormatException.class, () -> json.parseMappingSet(doc));
        assertProblem(e, "/mappings/3/strength", "must be an integer but was a string");
        String valid = doc.replace(", \"strength\": \"7\"", "");
        e = assertThrows(FormatException.class, () -> json.parseMappingSet(valid));
        assertProblem(e, "/mappings/0/strength", "must be at most 10 but was 11");
        assertProblem(e, "/mappings/1/relationship", "but was 'same-as'");
        assertProblem(e, "/mappings/1/rationale", "but was 'gut'");
        assertProblem(e, "/mappings/3", "duplicate mapping 1 -> 3 (first at /mappings/2)");
        assertProblem(assertThrows(FormatException.class, () -> json.parseMappingSet(catalogJson(""))),
                "/format", "unknown format 'isms-catalog'; expected 'isms-mapping'");
    }

    @Test
    void roundTripsRequirementSets() {
        RequirementSet set = Fixtures.requirementSet();
        String text = json.toJson(set);
        assertEquals(set, json.parseRequirementSet(text));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeRequirementSet(set, out);
        assertEquals(set, json.readRequirementSet(new ByteArrayInputStream(out.toByteArray()), "r.json"));
        assertEquals(text, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsBadRequirements() {
        String doc = """
                {"format": "isms-requirements", "formatVersion": 1, "id": "r", "title": "R", "edition": "1",
                 "requirements": [{"id": "4", "title": "Context", "documentedInformation": "no"},
                                  {"id": "5.1", "title": "Leadership", "parent": "5", "documentedInformation": false},
                                  {"id": "4", "title": "Again", "documentedInformation": false},
                                  {"id": "6", "title": "Planning"}]}
                """;
        FormatException e = assertThrows(FormatException.class, () -> json.parseRequirementSet(doc));
        assertProblem(e, "/requirements/0/documentedInformation", "must be true or false but was a string");
        String typed = doc.replace("\"no\"", "false");
        e = assertThrows(FormatException.class, () -> json.parseRequirementSet(typed));
        assertProblem(e, "/requirements/1/parent", "parent must be a clause listed before 5.1");
        assertProblem(e, "/requirements/2/id", "duplicate clause id '4' (first at /requirements/0/id)");
        assertProblem(e, "/requirements/3/documentedInformation", "is required");
    }

    @Test
    void theHeaderFieldsOfRequirementAndMappingSetsAreCheckedAtTheirPointers() {
        String requirements = """
                {"format": "isms-requirements", "formatVersion": 1, "id": "r\\nx", "title": " ",
                 "edition": "1\\u0000", "metadata": {"k": "v\\u001b"},
                 "requirements": [{"id": "4", "title": "Context\\nmore", "documentedInformation": false,
                                   "documentedInformationNote": "tab\\tand\\u0007bell"}]}
                """;
        FormatException e = assertThrows(FormatException.class, () -> json.parseRequirementSet(requirements));
        assertProblem(e, "/id", "control character");
        assertProblem(e, "/title", "must not be blank");
        assertProblem(e, "/edition", "control character U+0000");
        assertProblem(e, "/metadata/k", "control character U+001B");
        assertProblem(e, "/requirements/0/title", "control character U+000A");
        assertProblem(e, "/requirements/0/documentedInformationNote", "control character U+0007");
        assertEquals(6, e.problems().size(), e.getMessage());
        String mappings = """
                {"format": "isms-mapping", "formatVersion": 1, "id": " ", "sourceCatalog": "a\\tb",
                 "targetCatalog": "b\\n", "metadata": {"k\\u0001": "v"},
                 "mappings": [{"source": "1", "target": "2", "relationship": "equal"}]}
                """;
        e = assertThrows(FormatException.class, () -> json.parseMappingSet(mappings));
        assertProblem(e, "/id", "must not be blank");
        assertProblem(e, "/sourceCatalog", "control character U+0009");
        assertProblem(e, "/targetCatalog", "control character U+000A");
        assertProblem(e, "/metadata/k" + (char) 1, "metadata key must not contain control character U+0001");
        assertEquals(4, e.problems().size(), e.getMessage());
    }

    @Test
    void builderRejectsLimitsOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CatalogJson.builder().maxNestingDepth(0).build());
        assertTrue(e.getMessage().contains("maxNestingDepth must be 1..10000 but was 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CatalogJson.builder().maxDocumentBytes(-1).build());
        assertThrows(IllegalArgumentException.class, () -> CatalogJson.builder().maxStringLength(0).build());
    }

    @Test
    void roundTripsTheBuiltInCatalogues() {
        for (Catalog c : List.of(Catalogs.iso27002_2022(), Catalogs.iso27001_2013())) {
            assertEquals(c, json.parseCatalog(json.toJson(c)));
        }
        assertEquals(Catalogs.mapping2013To2022(), json.parseMappingSet(json.toJson(Catalogs.mapping2013To2022())));
    }

    @Test
    void acceptsAbsentMetadataAndGroups() {
        Catalog c = json.parseCatalog("{\"format\": \"isms-catalog\", \"formatVersion\": 1, \"id\": \"a\","
                + " \"title\": \"A\", \"edition\": \"1\", \"publisher\": \"P\", \"controls\": []}");
        assertTrue(c.metadata().isEmpty());
        assertTrue(c.groups().isEmpty());
    }

    @Test
    void readsMappingAndRequirementFiles(@TempDir Path dir) throws IOException {
        Path m = Files.writeString(dir.resolve("m.json"), json.toJson(Fixtures.mappingSet()));
        Path r = Files.writeString(dir.resolve("r.json"), json.toJson(Fixtures.requirementSet()));
        assertEquals(Fixtures.mappingSet(), json.readMappingSet(m));
        assertEquals(Fixtures.requirementSet(), json.readRequirementSet(r));
        FormatException e = assertThrows(FormatException.class, () -> json.readRequirementSet(m));
        assertEquals(m.toString(), e.resource());
        assertProblem(e, "/format", "unknown format 'isms-mapping'; expected 'isms-requirements'");
    }

    @Test
    void exposesNoJacksonType() {
        for (Method method : CatalogJson.class.getMethods()) {
            List<Class<?>> types = new ArrayList<>(List.of(method.getParameterTypes()));
            types.add(method.getReturnType());
            types.addAll(List.of(method.getExceptionTypes()));
            for (Class<?> type : types) {
                assertFalse(type.getName().startsWith("com.fasterxml"), method.toString());
            }
        }
    }
}
