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
    @ValueSource(strings = {"", "5..1", ".5", "5.", "5.01", " 5.1", "5.1 ", "5/1", "-5", "5.é"})
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
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> ControlId.parse(null));
    }
}
