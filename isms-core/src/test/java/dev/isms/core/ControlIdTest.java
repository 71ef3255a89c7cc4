// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"5.1", "8.34", "A.5.1.1", "6.1.2", "ac-2.12", "AC-2(12)", "AC-2(1)", "GV.OC-01", "PR.DS-01", "0"})
    void parsesAndPrintsCanonically(String text) {
        assertEquals(text, ControlId.parse(text).toString());
    }

    @Test
    void sortsNumericSegmentsNumerically() {
        List<ControlId> ids = new ArrayList<>();
        for (String s : List.of("5.10", "A.5.1.1", "5.9", "8.1", "5.1", "5", "A.18.2.3", "A.5.10.1")) {
            ids.add(ControlId.parse(s));
        }
        Collections.sort(ids);
        assertEquals("[5, 5.1, 5.9, 5.10, 8.1, A.5.1.1, A.5.10.1, A.18.2.3]", ids.toString());
    }

    @Test
    void sortsEmbeddedNumbersNaturally() {
        assertTrue(ControlId.parse("ac-2").compareTo(ControlId.parse("ac-10")) < 0);
        assertTrue(ControlId.parse("ac-10").compareTo(ControlId.parse("ac-2")) > 0);
    }

    @Test
    void sortsEmbeddedNumbersByValueIgnoringLeadingZeros() {
        assertEquals("[ac-0, ac-1, ac-02, ac-9, ac-10, ac-100]",
                sorted("ac-100", "ac-10", "ac-9", "ac-02", "ac-1", "ac-0").toString());
    }

    @Test
    void idsDifferingOnlyInLeadingZerosAreDistinctAndOrderedByText() {
        ControlId padded = ControlId.parse("GV.OC-01");
        ControlId plain = ControlId.parse("GV.OC-1");
        assertFalse(padded.equals(plain));
        assertTrue(padded.compareTo(plain) < 0);
        assertTrue(plain.compareTo(padded) > 0);
    }

    @Test
    void sortsTextualSegmentsAlphabeticallyIgnoringCaseNotByLength() {
        assertEquals("[aa, Ab, B, ba]", sorted("ba", "B", "Ab", "aa").toString());
    }

    @Test
    void sortsNumericSegmentsBeforeTextualOnesWhateverTheirValue() {
        assertEquals("[5.10, 5.2a, 5.a]", sorted("5.a", "5.2a", "5.10").toString());
        assertEquals("[0, 0a, a]", sorted("a", "0a", "0").toString());
    }

    @Test
    void aParentSortsLikeTheIdItsTextParsesTo() {
        ControlId parent = ControlId.parse("A.10.1").parent().orElseThrow();
        assertEquals(ControlId.parse("A.10"), parent);
        assertTrue(parent.compareTo(ControlId.parse("A.9")) > 0);
        assertTrue(parent.compareTo(ControlId.parse("9.1")) > 0);
        assertTrue(parent.compareTo(ControlId.parse("A.10.1")) < 0);
    }

    private static List<ControlId> sorted(String... texts) {
        List<ControlId> ids = new ArrayList<>();
        for (String t : texts) {
            ids.add(ControlId.parse(t));
        }
        Collections.sort(ids);
        return ids;
    }

    @Test
    void parentDropsTheLastSegment() {
        assertEquals(Optional.of(ControlId.parse("6.1")), ControlId.parse("6.1.2").parent());
        assertEquals(Optional.empty(), ControlId.parse("6").parent());
        assertEquals(List.of("A", "5", "1", "1"), ControlId.parse("A.5.1.1").segments());
        assertEquals(4, ControlId.parse("A.5.1.1").depth());
    }

    @Test
    void startsWithComparesWholeSegments() {
        assertTrue(ControlId.parse("6.1.2").startsWith(ControlId.parse("6.1")));
        assertTrue(ControlId.parse("6.1").startsWith(ControlId.parse("6.1")));
        assertFalse(ControlId.parse("6.10").startsWith(ControlId.parse("6.1")));
        assertFalse(ControlId.parse("6").startsWith(ControlId.parse("6.1")));
    }

    @Test
    void equalIdsHaveEqualHashCodes() {
        assertEquals(ControlId.parse("5.1"), ControlId.parse("5.1"));
        assertEquals(ControlId.parse("5.1").hashCode(), ControlId.parse("5.1").hashCode());
        assertFalse(ControlId.parse("5.1").equals("5.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5..1", ".5", "5.", "5.01", " 5.1", "5.1 ", "5/1", "-5", "5.é", "5.@", "5.[", "5.`",
        "5.{", "5.:", "(5)"})
    void rejectsMalformedIdsNamingThem(String text) {
        TextParseException e = assertThrows(TextParseException.class, () -> ControlId.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("control id"), e.getMessage());
    }

    @Test
    void rejectsTooLongIds() {
        String text = "1." + "2".repeat(ControlId.MAX_LENGTH);
        TextParseException e = assertThrows(TextParseException.class, () -> ControlId.parse(text));
        assertTrue(e.getMessage().contains("1..64 characters"), e.getMessage());
    }

    @Test
    void acceptsIdsUpToMaxLengthCharacters() {
        String longest = "Az".repeat(ControlId.MAX_LENGTH / 2);
        assertEquals(longest, ControlId.parse(longest).toString());
        TextParseException e = assertThrows(TextParseException.class, () -> ControlId.parse(longest + "Z"));
        assertEquals(ControlId.MAX_LENGTH, e.errorIndex());
    }

    @Test
    void acceptsLettersAndDigitsAtBothEndsOfTheirRanges() {
        assertEquals(List.of("A", "Z", "a", "z", "0", "9", "Zz-_()09"), ControlId.parse("A.Z.a.z.0.9.Zz-_()09")
                .segments());
    }

    @Test
    void acceptsNumericSegmentsOfUpTo18Digits() {
        String max = "9".repeat(18);
        assertTrue(ControlId.parse("5." + max).compareTo(ControlId.parse("5." + "9".repeat(17))) > 0);
        TextParseException e = assertThrows(TextParseException.class, () -> ControlId.parse("5." + max + "9"));
        assertEquals("control id numeric segments must have at most 18 digits but was '5." + max + "9'"
                + " (error at index 2)", e.getMessage());
    }

    @Test
    void reportsWhereTheEmptySegmentIs() {
        assertEquals(0, emptySegmentIndex(".5"));
        assertEquals(2, emptySegmentIndex("5..1"));
        assertEquals(2, emptySegmentIndex("5."));
    }

    private static int emptySegmentIndex(String text) {
        TextParseException e = assertThrows(TextParseException.class, () -> ControlId.parse(text));
        assertTrue(e.getMessage().startsWith("control id must not have an empty segment"), e.getMessage());
        return e.errorIndex();
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> ControlId.parse(null));
    }
}
