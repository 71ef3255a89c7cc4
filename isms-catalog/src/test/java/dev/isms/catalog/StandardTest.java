// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StandardTest {

    private static Standard of(String publisher, int number, OptionalInt part, int edition, Optional<String> prefix) {
        return new Standard(publisher, number, part, edition, prefix, "A title", "guidance", Optional.empty());
    }

    @Test
    void designatesWithPrefixAndPart() {
        assertEquals("ISO/IEC TS 27006-2:2021",
                of("ISO/IEC", 27006, OptionalInt.of(2), 2021, Optional.of("TS")).designation());
        assertEquals("ISO/IEC 27005:2022", of("ISO/IEC", 27005, OptionalInt.empty(), 2022, Optional.empty())
                .designation());
        assertEquals("ISO 27799:2025 A title", of("ISO", 27799, OptionalInt.empty(), 2025, Optional.empty())
                .fullTitle());
    }

    @Test
    void rejectsAnUnknownPrefixNamingIt() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> of("ISO/IEC", 27008, OptionalInt.empty(), 2019, Optional.of("IS")));
        assertEquals("standard prefix must be TS or TR but was 'IS'", e.getMessage());
    }

    @Test
    void rejectsOutOfRangeNumbers() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> of("ISO/IEC", 27006, OptionalInt.of(0), 2024, Optional.empty()));
        assertEquals("standard part must be 1..99 but was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> of("ISO/IEC", 27001, OptionalInt.empty(), 22, Optional.empty()));
        assertTrue(e.getMessage().startsWith("standard edition must be 1900..2999"));
        assertThrows(IllegalArgumentException.class, () -> of("IEC", 1, OptionalInt.empty(), 2000, Optional.empty()));
    }

    @Test
    void acceptsTheEndsOfEachRangeAndRejectsTheValuesJustOutside() {
        assertEquals("ISO/IEC TR 1-1:1900", of("ISO/IEC", 1, OptionalInt.of(1), 1900, Optional.of("TR")).designation());
        assertEquals("ISO 99999-99:2999", of("ISO", 99_999, OptionalInt.of(99), 2999, Optional.empty()).designation());
        assertEquals("standard number must be 1..99999 but was 0", outOfRange(0, OptionalInt.empty(), 2000));
        assertEquals("standard number must be 1..99999 but was 100000", outOfRange(100_000, OptionalInt.empty(), 2000));
        assertEquals("standard part must be 1..99 but was 100", outOfRange(1, OptionalInt.of(100), 2000));
        assertEquals("standard edition must be 1900..2999 but was 1899", outOfRange(1, OptionalInt.empty(), 1899));
        assertEquals("standard edition must be 1900..2999 but was 3000", outOfRange(1, OptionalInt.empty(), 3000));
        assertEquals("standard publisher must be ISO/IEC or ISO but was 'IEC'", assertThrows(
                IllegalArgumentException.class, () -> of("IEC", 1, OptionalInt.empty(), 2000, Optional.empty()))
                .getMessage());
    }

    private static String outOfRange(int number, OptionalInt part, int edition) {
        return assertThrows(IllegalArgumentException.class, () -> of("ISO", number, part, edition, Optional.empty()))
                .getMessage();
    }

    @Test
    void rejectsBlankTextAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> new Standard("ISO", 1, OptionalInt.empty(), 2000,
                Optional.empty(), " ", "guidance", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Standard("ISO", 1, OptionalInt.empty(), 2000,
                Optional.empty(), "t", "guidance", Optional.of("")));
        assertThrows(NullPointerException.class, () -> new Standard("ISO", 1, null, 2000,
                Optional.empty(), "t", "guidance", Optional.empty()));
    }

    @Test
    void equalsComparesComponents() {
        assertEquals(of("ISO/IEC", 27005, OptionalInt.empty(), 2022, Optional.empty()),
                of("ISO/IEC", 27005, OptionalInt.empty(), 2022, Optional.empty()));
    }

    @Test
    void printsItsDesignation() {
        Standard s = Standard.builder(27006, 2024, "Requirements for bodies", "certification-body").part(1).build();
        assertEquals("ISO/IEC 27006-1:2024", s.toString());
        assertEquals("ISO TS 27799:2025", Standard.builder(27799, 2025, "Health", "sector-specific").publisher("ISO")
                .prefix("TS").build().toString());
    }

    @Test
    void builderTakesPlainValuesAndDefaultsToIsoIec() {
        Standard s = Standard.builder(27006, 2021, "A title", "guidance").part(2).prefix("TS").note("a note").build();
        assertEquals(new Standard("ISO/IEC", 27006, OptionalInt.of(2), 2021, Optional.of("TS"), "A title",
                "guidance", Optional.of("a note")), s);
        assertEquals(Optional.empty(), Standard.builder(1, 2000, "t", "k").build().note());
        assertThrows(IllegalArgumentException.class, () -> Standard.builder(1, 2000, "t", "k").part(100).build());
    }

    @Test
    void rejectsControlCharactersAndQuotesBadValuesBounded() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Standard.builder(1, 2000, "a\u001bb", "k")
                .build()).getMessage().contains("U+001B"));
        assertEquals("multi\nline", Standard.builder(1, 2000, "t", "k").note("multi\nline").build().note().get());
        String message = assertThrows(IllegalArgumentException.class, () -> Standard.builder(1, 2000, "t", "k")
                .publisher("X".repeat(300)).build()).getMessage();
        assertTrue(message.endsWith("… (300 characters)"), message);
    }
}
