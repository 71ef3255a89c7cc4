// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.catalog.CatalogFormatException.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogFormatExceptionTest {

    @Test
    void listsEveryProblemInItsMessage() {
        CatalogFormatException e = new CatalogFormatException("c.json", List.of(
                new Problem("/controls/17/title", "must not be blank"), new Problem("", "document is empty")));
        assertEquals("c.json: 2 problems\n  /controls/17/title: must not be blank\n  /: document is empty",
                e.getMessage());
        assertEquals("c.json", e.resource());
        assertEquals("/controls/17/title", e.location());
    }

    @Test
    void keepsAnImmutableCopyOfTheProblems() {
        List<Problem> problems = new ArrayList<>(List.of(new Problem("line 2", "bad")));
        CatalogFormatException e = new CatalogFormatException("t.csv", problems);
        problems.clear();
        assertEquals(1, e.problems().size());
        assertThrows(UnsupportedOperationException.class, () -> e.problems().clear());
    }

    @Test
    void carriesItsCause() {
        IOException cause = new IOException("gone");
        CatalogFormatException e = new CatalogFormatException("f", new Problem("", "cannot read"), cause);
        assertSame(cause, e.getCause());
        assertEquals("f: 1 problem\n  /: cannot read", e.getMessage());
    }

    @Test
    void rejectsAnEmptyProblemListAndBlankMessages() {
        assertThrows(IllegalArgumentException.class, () -> new CatalogFormatException("f", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Problem("/x", " "));
        assertThrows(NullPointerException.class, () -> new Problem(null, "m"));
    }
}
