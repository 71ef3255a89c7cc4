// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.json;

import static dev.isms.catalog.json.Fixtures.catalogJson;
import static dev.isms.catalog.json.Fixtures.control;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.CatalogException;
import dev.isms.catalog.Standard;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import dev.isms.core.requirement.Requirement;
import dev.isms.core.requirement.RequirementSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bounded, typed behaviour of the codec under hostile or careless input: each problem is reported once, at its own
 * pointer (also where a limit is hit), at most {@link CatalogJson#MAX_PROBLEMS} of them, quoting at most about 100
 * characters of any value with control characters escaped; and what the codec writes, it reads back equal.
 */
class CatalogJsonBoundsTest {
    private final CatalogJson json = CatalogJson.defaults();

    private FormatException fails(String document) {
        return assertThrows(FormatException.class, () -> json.parseCatalog(document));
    }

    private static Problem only(FormatException e) {
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void aBlankTextOrAmendmentIsReportedOnceAtItsPointer() {
        Problem p = only(fails(catalogJson(control("5.1", ", \"text\": \"\\u2003\""))));
        assertEquals("/controls/0/text", p.location());
        String requirements = "{\"format\": \"isms-requirements\", \"formatVersion\": 1, \"id\": \"r\", \"title\":"
                + " \"R\", \"edition\": \"1\", \"requirements\": [{\"id\": \"4\", \"title\": \"Context\","
                + " \"documentedInformation\": false, \"amendment\": \" \"}]}";
        Problem a = only(assertThrows(FormatException.class, () -> json.parseRequirementSet(requirements)));
        assertEquals("/requirements/0/amendment", a.location());
        assertEquals("amendment must not be blank but was ' '", a.message());
    }

    @Test
    void aNumberWhoseExponentOverflowsIsAProblemAtItsPointer() {
        Problem p = only(fails(catalogJson("").replace("\"edition\"", "\"x\": {\"y\": 1E+2147483649}, \"edition\"")));
        assertEquals("/x/y", p.location());
        assertTrue(p.message().startsWith("number '1E+2147483649' is out of range (line "), p.message());
    }

    @Test
    void aHugeFormatVersionIsQuotedAsWrittenNotAsInfinity() {
        Problem p = only(fails(catalogJson("").replace("\"formatVersion\": 1", "\"formatVersion\": 1e999")));
        assertEquals("/formatVersion", p.location());
        assertEquals("must be an integer 1..1 but was 1E+999", p.message());
        Problem big = only(fails(catalogJson("").replace("\"formatVersion\": 1", "\"formatVersion\": "
                + "9".repeat(500))));
        assertTrue(big.message().contains("9".repeat(100) + "… (500 characters)") && big.message().length() < 250,
                big.message());
    }

    @Test
    void manyDuplicateIdsGiveABoundedMessageThatCountsTheRest() {
        StringBuilder controls = new StringBuilder(control("5.1", ""));
        for (int i = 0; i < 5_000; i++) {
            controls.append(", ").append(control("5.1", ""));
        }
        FormatException e = fails(catalogJson(controls.toString()));
        assertEquals(CatalogJson.MAX_PROBLEMS, e.problems().size());
        assertEquals(4_900, e.omitted());
        assertEquals("/controls/1/id", e.problems().get(0).location());
        assertEquals("/controls/100/id", e.problems().get(99).location());
        assertTrue(e.getMessage().endsWith("… and 4900 more not reported"), e.getMessage());
        assertTrue(e.getMessage().length() < 10_000, e.getMessage().length() + " characters");
    }

    @Test
    void limitsAreReportedWhereTheyAreHit() {
        CatalogJson small = CatalogJson.builder().maxStringLength(25).maxNestingDepth(6).maxDocumentBytes(400).build();
        String longText = catalogJson(control("5.1", "") + ", " + control("5.2", ", \"text\": \"" + "x".repeat(50)
                + "\""));
        Problem string = only(assertThrows(FormatException.class, () -> small.parseCatalog(longText)));
        assertEquals("/controls/1/text", string.location());
        assertTrue(string.message().startsWith("strings must be at most 25 characters long"), string.message());
        String deep = catalogJson(control("5.1", ", \"attributes\": {\"controlTypes\": [[[[]]]]}"));
        Problem depth = only(assertThrows(FormatException.class, () -> small.parseCatalog(deep)));
        assertTrue(depth.location().startsWith("/controls/0/attributes/controlTypes/0"), depth.toString());
        assertTrue(depth.message().startsWith("nesting of arrays and objects must be at most 6 deep"), depth.message());
        String big = catalogJson(String.join(", ", java.util.Collections.nCopies(10, control("5.1", ""))));
        Problem size = only(assertThrows(FormatException.class, () -> small.parseCatalog(big)));
        assertTrue(size.location().startsWith("/controls/"), size.toString());
        assertTrue(size.message().startsWith("document must be at most 400 bytes but is larger; the limit is"
                + " reached here (line "), size.message());
        String longKey = catalogJson("").replace("{\"a\": \"b\"}", "{\"" + "k".repeat(30) + "\": \"b\"}");
        Problem key = only(assertThrows(FormatException.class, () -> small.parseCatalog(longKey)));
        assertEquals("/metadata", key.location());
        assertTrue(key.message().startsWith("keys must be at most 25 characters long"), key.message());
    }

    @Test
    void messagesQuoteAtMostAHundredCharactersWithControlCharactersEscaped() {
        String hostile = "\\u001b[2J\\u0000" + "y".repeat(1_000);
        FormatException e = fails(catalogJson(control("5.1", ", \"" + hostile + "\": 1, \"theme\": \"" + hostile
                + "\"") + ", " + control(hostile, "")));
        String decoded = "\u001b[2J\u0000" + "y".repeat(1_000);
        assertEquals(List.of("/controls/0/" + decoded, "/controls/0/theme", "/controls/1/id", "/controls/1/title"),
                e.problems().stream().map(Problem::location).toList());
        assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20 && c != '\n'), e.getMessage());
        assertTrue(e.getMessage().length() < 2_500, e.getMessage());
        for (Problem p : e.problems()) {
            assertTrue(p.message().length() < 600, p.toString());
            assertTrue(p.message().chars().noneMatch(c -> c < 0x20), p.toString());
            assertTrue(p.message().contains("\\u001b[2J\\u0000" + "y".repeat(88)), p.toString());
            assertTrue(p.message().contains("characters)"), p.toString());
        }
        Problem format = only(fails(catalogJson("").replace("isms-catalog", hostile)));
        assertTrue(format.message().startsWith("unknown format '\\u001b[2J\\u0000" + "y".repeat(95)
                + "'… (1005 characters)"), format.message());
    }

    @Test
    void controlCharactersInAnyStringAreReportedAtTheirPointer() {
        FormatException e = fails(catalogJson(control("5.1", ", \"text\": \"ok\\nfine\\u0007\"")
                .replace("Title 5.1", "Title\\u0000")));
        assertEquals(List.of("/controls/0/text", "/controls/0/title"),
                e.problems().stream().map(Problem::location).toList(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("U+0007"), e.getMessage());
    }

    @Test
    void aThemeAndAGroupThatDisagreeAreReportedNamingBoth() {
        Problem p = only(fails(catalogJson(control("5.1", ", \"theme\": \"Technological\", \"group\": \"5\""))));
        assertEquals("/controls/0/group", p.location());
        assertTrue(p.message().contains("theme Technological (clause 8) and group '5', which disagree"),
                p.message());
    }

    @Test
    void refusesToWriteWhatItCouldNotReadBack() {
        Catalog huge = Catalog.builder("c:1", "C").control(Control.of("1", "t".repeat(1_000_001))).build();
        CatalogException e = assertThrows(CatalogException.class, () -> json.toJson(huge));
        assertTrue(e.getMessage().contains("could not be read back: at /controls/0/title strings must be at most"
                + " 1000000 characters long"), e.getMessage());
        CatalogJson small = CatalogJson.builder().maxStringLength(20).maxDocumentBytes(300).build();
        Catalog longKey = Catalog.builder("c:1", "C").metadata("k".repeat(21), "v").build();
        assertTrue(assertThrows(CatalogException.class, () -> small.toJson(longKey)).getMessage()
                .contains("at /metadata keys must be at most 20 characters"));
        Catalog big = Catalog.builder("c:1", "C").control(Control.of("1", "one")).control(Control.of("2", "two"))
                .control(Control.of("3", "three")).control(Control.of("4", "four")).build();
        assertTrue(assertThrows(CatalogException.class, () -> small.toJson(big)).getMessage()
                .contains("documents must be at most 300 bytes"));
        Catalog fits = Catalog.builder("c:1", "C").control(Control.of("1", "t".repeat(20))).build();
        assertEquals(fits, small.parseCatalog(small.toJson(fits)));
    }

    @Test
    void readsTheStandardsRegisterAndReportsItsProblemsAtTheirPointers() {
        String doc = "{\"format\": \"isms-standards\", \"formatVersion\": 1, \"id\": \"r\", \"standards\": ["
                + "{\"number\": 27006, \"part\": 1, \"edition\": 2024, \"title\": \"T\", \"kind\": \"k\"},"
                + "{\"publisher\": \"ISO\", \"number\": 27799, \"edition\": 2025, \"prefix\": \"TS\", \"title\": \"H\","
                + " \"kind\": \"s\", \"note\": \"n\"}]}";
        List<Standard> standards = json.parseStandards(doc);
        assertEquals("[ISO/IEC 27006-1:2024, ISO TS 27799:2025]", standards.toString());
        FormatException e = assertThrows(FormatException.class, () -> json.parseStandards(doc
                .replace("\"ISO\"", "\"IEC\"").replace("\"TS\"", "\"IS\"").replace("27006", "0")
                .replace("\"T\"", "\" \"")));
        assertEquals(List.of("/standards/0/number", "/standards/0/title", "/standards/1/prefix",
                "/standards/1/publisher"), e.problems().stream().map(Problem::location).toList(), e.getMessage());
    }

    @Test
    void theStandardsRegisterTakesTheEndsOfEachRangeAndReportsEachBadValueOnce() {
        String register = "{\"format\": \"isms-standards\", \"formatVersion\": 1, \"id\": \"r\", \"standards\": [%s]}";
        assertEquals("[ISO/IEC 1-1:1900, ISO/IEC 99999-99:2999]", json.parseStandards(register.formatted(
                "{\"number\": 1, \"part\": 1, \"edition\": 1900, \"title\": \"A\", \"kind\": \"k\"},"
                + " {\"number\": 99999, \"part\": 99, \"edition\": 2999, \"title\": \"B\", \"kind\": \"k\"}"))
                .toString());
        for (String bad : List.of("\"number\": 0", "\"number\": 100000", "\"part\": 0", "\"part\": 100",
                "\"edition\": 1899", "\"edition\": 3000", "\"title\": \"\\u0007\"", "\"kind\": \" \"",
                "\"note\": \"a\\u0000\"")) {
            String entry = "{\"number\": 5, \"edition\": 2000, \"title\": \"A\", \"kind\": \"k\", " + bad + "}";
            FormatException e = assertThrows(FormatException.class, () -> json.parseStandards(register.formatted(
                    entry.replaceFirst("\"" + bad.substring(1, bad.indexOf('"', 1)) + "\": [^,]*, ", ""))));
            String field = bad.substring(1, bad.indexOf('"', 1));
            assertEquals(List.of("/standards/0/" + field), e.problems().stream().map(Problem::location).toList(),
                    e.getMessage());
        }
        FormatException header = assertThrows(FormatException.class, () -> json.parseStandards(
                register.formatted("").replace("\"id\": \"r\"", "\"id\": \" \", \"metadata\": {\" \": \"v\"}")));
        assertEquals(List.of("/id", "/metadata/ "), header.problems().stream().map(Problem::location).toList(),
                header.getMessage());
    }

    @Test
    void requirementSetsRoundTripWithTheBuilder() {
        RequirementSet set = RequirementSet.of("r:1", "R", "1", Map.of(), List.of(Requirement.of("4", "Context"),
                Requirement.builder("4.1", "Understanding").parent("4").amendment("line one\nline two").build()));
        assertEquals(set, json.parseRequirementSet(json.toJson(set)));
    }
}
