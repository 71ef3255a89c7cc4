// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicensedTextTest {
    private static final Catalog CATALOG = Catalog.builder("iso27002:2022", "Controls")
            .control(Control.of("5.1", "Policies")).control(Control.of("5.2", "Roles"))
            .control(Control.of("5.3", "Segregation")).build();

    private static LicensedText json(String texts) {
        String doc = "{\"format\": \"isms-licensed-text\", \"formatVersion\": 1, \"catalog\": \"iso27002:2022\","
                + " \"texts\": [" + texts + "]}";
        return LicensedText.readJson(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "texts.json");
    }

    private static LicensedText csv(String body) {
        return LicensedText.readCsv(new StringReader("id,text\n" + body), "texts.csv");
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
    void appliesJsonTextsToANewCatalogueLeavingTheOriginalUntouched() {
        LicensedText texts = json("{\"id\": \"5.2\", \"text\": \"Roles text\"}, {\"id\": \"5.1\", \"text\": \"P\"}");
        assertEquals(List.of("5.2", "5.1"), List.copyOf(texts.texts().keySet()));
        assertEquals(Optional.of("iso27002:2022"), texts.catalogId());
        Catalog applied = texts.applyTo(CATALOG);
        assertEquals(Optional.of("Roles text"), applied.require("5.2").text());
        assertEquals(Optional.of("P"), applied.require("5.1").text());
        assertEquals(Optional.empty(), applied.require("5.3").text());
        assertEquals(Optional.empty(), CATALOG.require("5.2").text());
    }

    @Test
    void appliesCsvTextsWithQuotedMultiLineFields() {
        LicensedText texts = csv("5.1,\"Line one\nline \"\"two\"\"\"\n 5.3 ,Third\n");
        Catalog applied = texts.applyTo(CATALOG);
        assertEquals(Optional.of("Line one\nline \"two\""), applied.require("5.1").text());
        assertEquals(Optional.of("Third"), applied.require("5.3").text());
        assertEquals(Optional.empty(), texts.catalogId());
    }

    @Test
    void reportsEveryUnknownIdWithItsLineAndAppliesNothing() {
        LicensedText texts = csv("5.1,a\n9.9,b\n5.2,c\nA.1,d\n");
        FormatException e = assertThrows(FormatException.class, () -> texts.applyTo(CATALOG));
        assertProblem(e, "line 3", "unknown control id '9.9' in catalogue 'iso27002:2022'");
        assertProblem(e, "line 5", "unknown control id 'A.1'");
        assertEquals(2, e.problems().size());
        assertEquals("texts.csv", e.resource());
    }

    @Test
    void reportsUnknownIdsAndTheWrongCatalogueWithJsonPointers() {
        LicensedText texts = json("{\"id\": \"5.1\", \"text\": \"a\"}, {\"id\": \"8.99\", \"text\": \"b\"}");
        Catalog other = Catalog.builder("iso27001:2013", "Annex A").control(Control.of("5.1", "x")).build();
        FormatException e = assertThrows(FormatException.class, () -> texts.applyTo(other));
        assertProblem(e, "/catalog", "licensed text is for catalogue 'iso27002:2022' but was applied to"
                + " 'iso27001:2013'");
        assertProblem(e, "/texts/1/id", "unknown control id '8.99'");
    }

    @Test
    void rejectsDuplicateIds() {
        FormatException e = assertThrows(FormatException.class, () -> csv("5.1,a\n5.2,b\n5.1,c\n"));
        assertProblem(e, "line 4", "duplicate control id '5.1' (first at line 2)");
        e = assertThrows(FormatException.class,
                () -> json("{\"id\": \"5.1\", \"text\": \"a\"}, {\"id\": \"5.1\", \"text\": \"b\"}"));
        assertProblem(e, "/texts/1/id", "duplicate control id '5.1' (first at /texts/0/id)");
    }

    @Test
    void rejectsBlankTextsAndIds() {
        FormatException e = assertThrows(FormatException.class, () -> csv("5.1,  \n,text\n"));
        assertProblem(e, "line 2", "text of control '5.1' must not be blank");
        assertProblem(e, "line 3", "id must not be blank");
        e = assertThrows(FormatException.class, () -> json("{\"id\": \"5.1\", \"text\": \" \"}"));
        assertProblem(e, "/texts/0/text", "must not be blank");
    }

    @Test
    void rejectsAWrongCsvHeaderAndUnknownJsonFields() {
        FormatException e = assertThrows(FormatException.class,
                () -> LicensedText.readCsv(new StringReader("control,text\n5.1,a\n"), "t.csv"));
        assertProblem(e, "line 1", "header must be 'id,text' but was 'control,text'");
        e = assertThrows(FormatException.class, () -> json("{\"id\": \"5.1\", \"text\": \"a\", \"x\": 1}"));
        assertProblem(e, "/texts/0/x", "unknown field 'x'");
    }

    @Test
    void buildsFromAMapKeepingItsOrder() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("5.3", "three");
        map.put("5.1", "one");
        LicensedText texts = LicensedText.of("iso27002:2022", map);
        assertEquals(List.of("5.3", "5.1"), List.copyOf(texts.texts().keySet()));
        assertEquals(Optional.of("three"), texts.applyTo(CATALOG).require("5.3").text());
        assertEquals(texts, LicensedText.of("iso27002:2022", Map.of("5.3", "three", "5.1", "one")));
        assertThrows(IllegalArgumentException.class, () -> LicensedText.of("c", Map.of("5.1", " ")));
        assertThrows(UnsupportedOperationException.class, () -> texts.texts().put("5.2", "x"));
    }

    @Test
    void equalTextsForTheSameCatalogueAreEqualWhereverTheyWereRead() {
        LicensedText fromMap = LicensedText.of("iso27002:2022", Map.of("5.1", "one"));
        LicensedText fromJson = json("{\"id\": \"5.1\", \"text\": \"one\"}");
        assertEquals(fromMap, fromJson);
        assertEquals(fromMap.hashCode(), fromJson.hashCode());
        assertNotEquals(fromMap, LicensedText.of("iso27001:2013", Map.of("5.1", "one")));
        assertNotEquals(fromMap, LicensedText.of("iso27002:2022", Map.of("5.1", "One")));
        assertNotEquals(fromMap, csv("5.1,one\n"), "a CSV file names no catalogue");
        assertNotEquals(fromMap.hashCode(), LicensedText.of("iso27002:2022", Map.of("5.1", "two")).hashCode());
        assertNotEquals(fromMap, "5.1");
    }

    @Test
    void applyingNothingReturnsAnEqualCatalogue() {
        Catalog applied = LicensedText.of("iso27002:2022", Map.of()).applyTo(CATALOG);
        assertEquals(CATALOG, applied);
        assertSame(CATALOG.require("5.1"), applied.require("5.1"));
        assertTrue(LicensedText.of("x", Map.of()).toString().contains("0 texts"));
    }

    @Test
    void namesTheRightLineAfterMultiLineFieldsWhateverTheLineEnds() {
        for (String end : List.of("\n", "\r\n", "\r")) {
            String body = "id,text" + end + "5.1,\"a" + end + "b" + end + "c\"" + end + "9.9,x" + end;
            LicensedText texts = LicensedText.readCsv(new StringReader(body), "t.csv");
            FormatException e = assertThrows(FormatException.class, () -> texts.applyTo(CATALOG));
            assertProblem(e, "line 5", "unknown control id '9.9'");
        }
    }

    @Test
    void reportsAtMostAHundredProblemsAndCountsTheRest() {
        String rows = "5.1,text\n".repeat(501);
        FormatException e = assertThrows(FormatException.class, () -> csv(rows));
        assertEquals(LicensedText.MAX_PROBLEMS, e.problems().size());
        assertEquals(400, e.omitted());
        assertTrue(e.getMessage().endsWith("… and 400 more not reported"), e.getMessage());
        assertTrue(e.getMessage().length() < 10_000, "message of " + e.getMessage().length() + " characters");
    }

    @Test
    void rejectsControlCharactersAndQuotesLongValuesBoundedAndEscaped() {
        FormatException e = assertThrows(FormatException.class, () -> csv("5.1,a\u0000b\n"));
        assertProblem(e, "line 2", "must not contain control character U+0000");
        assertTrue(e.getMessage().contains("'a\\u0000b'"), e.getMessage());
        String id = "\u001b[31m" + "x".repeat(500);
        FormatException u = assertThrows(FormatException.class, () -> csv(id + ",text\n").applyTo(CATALOG));
        String message = u.problems().get(0).message();
        assertTrue(message.contains("'\\u001b[31m" + "x".repeat(95) + "'… (505 characters)"), message);
        assertTrue(message.indexOf('\u001b') < 0, message);
        assertThrows(IllegalArgumentException.class, () -> LicensedText.of("c", Map.of("5.1", "a\u0007")));
    }
}
