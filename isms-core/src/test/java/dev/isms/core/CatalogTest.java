// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogTest {
    private final Catalog catalog = TestCatalogs.small();

    @Test
    void exposesItsParts() {
        assertEquals("test:small", catalog.id());
        assertEquals("Small test catalogue", catalog.title());
        assertEquals("2022", catalog.edition());
        assertEquals("isms tests", catalog.publisher());
        assertEquals(Map.of("source", "hand-built"), catalog.metadata());
        assertEquals(2, catalog.groups().size());
        assertEquals(4, catalog.size());
        assertEquals("Catalog[test:small, 2022, 4 controls]", catalog.toString());
    }

    @Test
    void findsByStringAndById() {
        assertEquals("Use of cryptography", catalog.find("8.24").orElseThrow().title());
        assertEquals(catalog.find("8.24"), catalog.find(ControlId.parse("8.24")));
        assertEquals(Optional.empty(), catalog.find("5.99"));
        assertEquals(Optional.empty(), catalog.find("not an id"));
        assertTrue(catalog.contains("5.1"));
        assertFalse(catalog.contains("5.2"));
        assertTrue(catalog.contains(ControlId.parse("5.1")));
        assertFalse(catalog.contains(ControlId.parse("5.2")));
        assertSame(catalog.require("5.1"), catalog.require(ControlId.parse("5.1")));
    }

    @Test
    void requireNamesTheIdAndTheCatalogue() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> catalog.require("5.99"));
        assertEquals("control", e.kind());
        assertEquals("5.99", e.id());
        assertEquals("catalogue 'test:small'", e.where());
        assertEquals("unknown control id '5.99' in catalogue 'test:small'", e.getMessage());
    }

    @Test
    void collectionsAreUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> catalog.controls().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalog.groups().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalog.metadata().clear());
    }

    @Test
    void rejectsDuplicateControlIdsNamingPositions() {
        Catalog.Builder b = Catalog.builder("x", "X").control(Control.of("1", "One")).control(Control.of("1", "Uno"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertEquals("catalog 'x' is invalid: duplicate control id '1' at positions 0 and 1", e.getMessage());
    }

    @Test
    void builderAcceptsCollections() {
        Catalog copy = Catalog.builder(catalog.id(), catalog.title()).edition(catalog.edition())
                .publisher(catalog.publisher()).metadata(catalog.metadata()).groups(catalog.groups())
                .controls(catalog.controls()).build();
        assertEquals(catalog, copy);
    }

    @Test
    void messagesAreBoundedHoweverManyProblems() {
        Catalog.Builder b = Catalog.builder("x", "X");
        for (int i = 0; i < 10_000; i++) {
            b.control(Control.of("1", "One"));
        }
        String message = assertThrows(IllegalArgumentException.class, b::build).getMessage();
        assertTrue(message.endsWith("; … and 9979 more"), message);
        assertTrue(message.length() < 2_000, message);
        String longGroup = "g".repeat(500);
        String unknown = assertThrows(IllegalArgumentException.class, () -> Catalog.builder("x", "X")
                .control(Control.of("1", "One").withGroup(longGroup)).build()).getMessage();
        assertTrue(unknown.contains("names unknown group '" + "g".repeat(100) + "'… (500 characters)"), unknown);
    }

    @Test
    void rejectsUnknownGroupsAndParents() {
        Catalog.Builder b = Catalog.builder("x", "X").control(Control.of("1", "One").withGroup("g"));
        assertTrue(assertThrows(IllegalArgumentException.class, b::build).getMessage()
                .contains("control '1' names unknown group 'g'"));
        Catalog.Builder c = Catalog.builder("x", "X").group(ControlGroup.of("A.5.1", "Obj", "objective", "A.5"));
        assertTrue(assertThrows(IllegalArgumentException.class, c::build).getMessage()
                .contains("group 'A.5.1' names parent 'A.5', which is not a group listed before it"));
        Catalog.Builder d = Catalog.builder("x", "X").group(ControlGroup.of("g", "G", "k"))
                .group(ControlGroup.of("g", "G2", "k"));
        assertTrue(assertThrows(IllegalArgumentException.class, d::build).getMessage()
                .contains("duplicate group id 'g'"));
    }

    @Test
    void childControlsAreListedCountedQueriedAndFoundFromTheirParent() {
        ControlId ac2 = ControlId.parse("ac-2");
        Catalog c = Catalog.builder("nist", "NIST").group(ControlGroup.of("ac", "Access Control", "family"))
                .control(Control.of("ac-2", "Account Management").withGroup("ac"))
                .control(Control.of("ac-2.1", "Automated Account Management").withGroup("ac").withParent(ac2))
                .control(Control.of("ac-2.2", "Temporary Accounts").withGroup("ac").withParent(ac2))
                .control(Control.of("ac-3", "Access Enforcement").withGroup("ac"))
                .build();
        assertEquals(List.of("ac-2.1", "ac-2.2"), c.children(ac2).stream().map(x -> x.id().toString()).toList());
        assertEquals(List.of(), c.children(ControlId.parse("ac-3")));
        assertEquals(List.of(), c.children(ControlId.parse("zz-9")));
        assertEquals(4, c.statistics().total());
        assertEquals(4, c.query().inGroup("ac").count());
        assertEquals(List.of(ControlId.parse("ac-2.2")), c.query().titleContains("temporary").ids());
        assertEquals(Optional.of(ac2), c.require("ac-2.1").parent());
        assertEquals(c, c.toBuilder().build());
        assertEquals(c.children(ac2), c.withTexts(Map.of("ac-2.1", "text")).children(ac2).stream()
                .map(Control::withoutText).toList());
        assertThrows(UnsupportedOperationException.class, () -> c.children(ac2).clear());
    }

    @Test
    void rejectsAParentThatIsNotAnEarlierControl() {
        Control child = Control.of("ac-2.1", "Automated").withParent(ControlId.parse("ac-2"));
        Catalog.Builder before = Catalog.builder("x", "X").control(child).control(Control.of("ac-2", "Account"));
        assertTrue(assertThrows(IllegalArgumentException.class, before::build).getMessage()
                .contains("control 'ac-2.1' names parent 'ac-2', which is not a control listed before it"));
        Catalog.Builder missing = Catalog.builder("x", "X").control(child);
        assertTrue(assertThrows(IllegalArgumentException.class, missing::build).getMessage()
                .contains("names parent 'ac-2'"));
    }

    @Test
    void rejectsMalformedIdsAndBlankTexts() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Catalog.builder("bad id", "X").build())
                .getMessage().contains("'bad id'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Catalog.builder(":x", "X").build())
                .getMessage().contains("':x'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Catalog.builder("x", " ").build())
                .getMessage().startsWith("catalog title must not be blank"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Catalog.builder("x", "X").edition("").build())
                .getMessage().startsWith("catalog edition must not be blank"));
        assertThrows(NullPointerException.class, () -> Catalog.builder(null, "X").build());
        assertThrows(IllegalArgumentException.class, () -> Catalog.builder("x", "X").metadata(" ", "v"));
    }

    @Test
    void acceptsIdsOfLettersDigitsAndPunctuationUpTo100Characters() {
        String longest = "a".repeat(100);
        assertEquals(longest, Catalog.builder(longest, "X").build().id());
        assertEquals("catalog id must be 1..100 characters but was '" + longest + "'… (101 characters)",
                assertThrows(IllegalArgumentException.class, () -> Catalog.builder(longest + "z", "X").build())
                        .getMessage());
        assertEquals("catalog id must be 1..100 characters but was ''",
                assertThrows(IllegalArgumentException.class, () -> Catalog.builder("", "X").build()).getMessage());
        assertEquals("azAZ09.:-_", Catalog.builder("azAZ09.:-_", "X").build().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x@", "x[", "x`", "x{", "x/", "x;", ".x", "-x", "_x", "x y"})
    void rejectsIdCharactersJustOutsideTheAllowedRanges(String id) {
        assertEquals("catalog id must be letters, digits and '.', ':', '-', '_' (not first) but was '" + id + "'",
                assertThrows(IllegalArgumentException.class, () -> Catalog.builder(id, "X").build()).getMessage());
    }

    @Test
    void equalityCoversAllContent() {
        assertEquals(TestCatalogs.small(), catalog);
        assertEquals(TestCatalogs.small().hashCode(), catalog.hashCode());
        assertEquals(catalog, catalog.toBuilder().build());
        assertNotEquals(catalog, catalog.toBuilder().metadata("k", "v").build());
        assertNotEquals(catalog, catalog.toBuilder().edition("2013").build());
        assertNotEquals(catalog, "catalog");
    }

    @Test
    void withTextsReturnsANewCatalogueAndLeavesThisOne() {
        Catalog texts = catalog.withTexts(Map.of("5.1", "My licensed text"));
        assertEquals(Optional.of("My licensed text"), texts.require("5.1").text());
        assertEquals(Optional.empty(), catalog.require("5.1").text());
        assertEquals(Optional.empty(), texts.require("5.7").text());
    }

    @Test
    void withTextsChecksEveryIdBeforeApplying() {
        assertThrows(UnknownIdException.class, () -> catalog.withTexts(Map.of("5.1", "a", "9.9", "b")));
        assertThrows(IllegalArgumentException.class, () -> catalog.withTexts(Map.of("5.1", " ")));
    }

    @Test
    void groupsAreFoundById() {
        assertEquals("Organizational controls", catalog.group("5").orElseThrow().title());
        assertEquals(Optional.empty(), catalog.group("9"));
    }

    @Test
    void statisticsCountTheWholeCatalogue() {
        assertEquals(4, catalog.statistics().total());
        assertEquals(3, catalog.statistics().count(ControlType.PREVENTIVE));
        assertEquals(List.of(ControlId.parse("5.1"), ControlId.parse("5.7")),
                catalog.query().theme(Theme.ORGANIZATIONAL).ids());
    }
}
