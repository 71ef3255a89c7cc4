// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each check returns its argument (so callers may assign it) and names the record, field and value it rejects. */
class ValuesTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    @Test
    void labelsARecordByKindAndQuotedId() {
        assertEquals("applied control 'AC-1'", Values.label("applied control", "AC-1"));
        assertEquals("audit 'a\\nb'", Values.label("audit", "a\nb"));
    }

    @Test
    void textsAndDistinctCopyInOrderAndRejectRepeats() {
        List<String> in = new ArrayList<>(List.of("R-2", "R-1"));
        List<String> copy = Values.texts(in, "applied control 'AC-1' risks");
        in.clear();
        assertEquals(List.of("R-2", "R-1"), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.add("R-3"));
        assertEquals("applied control 'AC-1' risks must not repeat a value but 'R-1' appears twice", assertThrows(
                IllegalArgumentException.class, () -> Values.texts(List.of("R-1", "R-1"), "applied control 'AC-1'"
                        + " risks")).getMessage());
        assertEquals("x must not be blank but was ' '", assertThrows(IllegalArgumentException.class,
                () -> Values.texts(List.of("a", " "), "x")).getMessage());
        assertEquals("x", assertThrows(NullPointerException.class, () -> Values.distinct(Arrays.asList(1, null), "x"))
                .getMessage());
    }

    @Test
    void optionalNamesAndTextsReturnTheirArgumentAndRejectBlanks() {
        Optional<String> name = Optional.of("CISO");
        assertSame(name, Values.optionalName(name, "owner"));
        Optional<String> text = Optional.of("two\nlines");
        assertSame(text, Values.optionalText(text, "notes"));
        assertEquals(Optional.empty(), Values.optionalName(Optional.empty(), "owner"));
        assertEquals("owner must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> Values.optionalName(Optional.of(""), "owner")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Values.optionalName(Optional.of("a\nb"), "owner"));
        assertEquals("notes must not be blank but was '\\n'", assertThrows(IllegalArgumentException.class,
                () -> Values.optionalText(Optional.of("\n"), "notes")).getMessage());
    }

    @Test
    void notBeforeAcceptsTheSameDayAndNamesBothDaysWhenEarlier() {
        assertSame(D, Values.notBefore(D, D, "audit 'IA-1' end", "its start"));
        assertEquals(D.plusDays(1), Values.notBefore(D.plusDays(1), D, "audit 'IA-1' end", "its start"));
        assertEquals("audit 'IA-1' end must not be before its start 2026-03-01 but was 2026-02-28", assertThrows(
                IllegalArgumentException.class, () -> Values.notBefore(D.minusDays(1), D, "audit 'IA-1' end",
                        "its start")).getMessage());
    }
}
