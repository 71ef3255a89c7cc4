// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlRefTest {

    @Test
    void printsAndParsesCatalogHashControl() {
        ControlRef r = ControlRef.of("iso27002:2022", "8.7");
        assertEquals("iso27002:2022#8.7", r.toString());
        assertEquals(r, ControlRef.parse(r.toString()));
    }

    @Test
    void ordersByCatalogThenNumerically() {
        assertTrue(ControlRef.of("iso27002:2022", "8.9").compareTo(ControlRef.of("iso27002:2022", "8.10")) < 0);
        assertTrue(ControlRef.of("a", "9").compareTo(ControlRef.of("b", "1")) < 0);
    }

    @Test
    void rejectsMalformedText() {
        assertEquals("control reference must be 'catalog#control' with one '#' but was '8.7' (error at index 3)",
                assertThrows(TextParseException.class, () -> ControlRef.parse("8.7")).getMessage());
        assertThrows(TextParseException.class, () -> ControlRef.parse("a#b#c"));
        assertThrows(TextParseException.class, () -> ControlRef.parse("#8.7"));
        assertThrows(TextParseException.class, () -> ControlRef.parse("x#8..7"));
    }

    @Test
    void locatesEachParseErrorInTheWholeText() {
        TextParseException noCatalog = assertThrows(TextParseException.class, () -> ControlRef.parse("#8.7"));
        assertEquals("control reference must name a catalogue before '#' but was '#8.7'", noCatalog.getMessage());
        assertEquals(0, noCatalog.errorIndex());
        assertEquals(2, assertThrows(TextParseException.class, () -> ControlRef.parse("#a#b")).errorIndex());
        assertEquals(3, assertThrows(TextParseException.class, () -> ControlRef.parse("a#b#c")).errorIndex());
        TextParseException badId = assertThrows(TextParseException.class, () -> ControlRef.parse("x#8..7"));
        assertEquals("control reference must name a well-formed control id after '#' but was 'x#8..7'"
                + " (error at index 4)", badId.getMessage());
        assertEquals(2, ((TextParseException) badId.getCause()).errorIndex());
    }

    @Test
    void rejectsACatalogueIdHoldingAHashAnywhere() {
        for (String id : List.of("#x", "x#", "a#b")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new ControlRef(id, ControlId.parse("8.7")));
            assertEquals("catalogId must not contain '#' but was '" + id + "'", e.getMessage());
        }
    }

    @Test
    void refersToAnyIdOfACatalogueObject() {
        Catalog catalog = TestCatalogs.small();
        ControlRef r = ControlRef.of(catalog, ControlId.parse("99.1"));
        assertEquals(catalog.id() + "#99.1", r.toString());
        assertEquals(ControlRef.of(catalog.id(), "99.1"), r);
    }

    @Test
    void rejectsACatalogueIdWithAControlCharacterAsAParseErrorAtThatCharacter() {
        TextParseException e = assertThrows(TextParseException.class, () -> ControlRef.parse("iso:\r2022#8.24"));
        assertEquals(4, e.errorIndex());
        assertEquals("control reference must name a catalogue without control characters or lone surrogates before"
                + " '#' but was 'iso:\\r2022#8.24' (error at index 4)", e.getMessage());
        assertEquals(3, assertThrows(TextParseException.class, () -> ControlRef.parse("iso\ud800#8.24")).errorIndex());
    }
}
