// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.FormatException;
import dev.isms.core.Problem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemsTest {
    private static List<String> locations(FormatException e) {
        return e.problems().stream().map(Problem::location).collect(Collectors.toList());
    }

    private static List<String> ordered(String... pointers) {
        Problems p = new Problems("doc.json");
        for (String pointer : pointers) {
            p.add(pointer, "bad");
        }
        return locations(p.exception(null));
    }

    @Test
    void reportsInPointerOrderWithIndexesNumericallyBeforeNames() {
        assertEquals(List.of("", "/a", "/a/0", "/a/9", "/a/10", "/a/-", "/a/x", "/a/x/1", "/b"),
                ordered("/b", "/a/x/1", "/a/x", "/a/10", "/a/-", "/a/9", "/a/0", "/a", ""));
    }

    @Test
    void segmentsTooLongForAnIndexAreOrderedAsNames() {
        assertEquals(List.of("/a/999999999", "/a/-", "/a/9999999999"),
                ordered("/a/9999999999", "/a/-", "/a/999999999"));
    }

    @Test
    void keepsTheFirstHundredInPointerOrderAndCountsTheRestAsOmitted() {
        Problems p = new Problems("doc.json");
        for (int i = 249; i >= 0; i--) {
            p.add(Pointers.index("/controls", i), "bad " + i);
        }
        assertEquals(250, p.size());
        FormatException e = p.exception(null);
        assertEquals(Problems.MAX_PROBLEMS, e.problems().size());
        assertEquals(150, e.omitted());
        assertEquals("/controls/0", e.problems().get(0).location());
        assertEquals("bad 99", e.problems().get(99).message());
        assertEquals("doc.json", e.resource());
    }

    @Test
    void throwsOnlyWhenThereAreProblemsAndKeepsTheCause() {
        Problems p = new Problems("doc.json");
        assertTrue(p.isEmpty());
        assertEquals(0, p.size());
        p.throwIfAny();
        p.add("/title", "must not be blank");
        assertFalse(p.isEmpty());
        FormatException thrown = assertThrows(FormatException.class, p::throwIfAny);
        assertEquals(List.of(new Problem("/title", "must not be blank")), thrown.problems());
        assertEquals(0, thrown.omitted());
        IllegalStateException cause = new IllegalStateException("x");
        assertSame(cause, p.exception(cause).getCause());
    }

    @Test
    void pointersEscapeTildeAndSlashInNames() {
        assertEquals("/a/x~1y~0z", Pointers.field("/a", "x/y~z"));
        assertEquals("/a/~01", Pointers.field("/a", "~1"));
        assertEquals("/a/3", Pointers.index("/a", 3));
    }
}
