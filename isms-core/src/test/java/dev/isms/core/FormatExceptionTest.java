// SPDX-License-Identifier: Apache-2.0
package dev.isms.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatExceptionTest {

    @Test
    void listsEveryProblemInItsMessage() {
        FormatException e = new FormatException("c.json", List.of(
                new Problem("/controls/17/title", "must not be blank"), new Problem("", "document is empty")));
        assertEquals("c.json: 2 problems\n  /controls/17/title: must not be blank\n  /: document is empty",
                e.getMessage());
        assertEquals("c.json", e.resource());
        assertEquals("/controls/17/title", e.location());
    }

    @Test
    void quotesAHostileResourceNameInItsMessageButKeepsItWhole() {
        String name = "evil\n[INFO] forged log line.json";
        FormatException e = new FormatException(name, List.of(new Problem("", "bad")));
        assertEquals(name, e.resource());
        assertEquals("'evil\\n[INFO] forged log line.json': 1 problem\n  /: bad", e.getMessage());
    }

    @Test
    void keepsAnImmutableCopyOfTheProblems() {
        List<Problem> problems = new ArrayList<>(List.of(new Problem("line 2", "bad")));
        FormatException e = new FormatException("t.csv", problems);
        problems.clear();
        assertEquals(1, e.problems().size());
        assertThrows(UnsupportedOperationException.class, () -> e.problems().clear());
    }

    @Test
    void carriesItsCause() {
        IOException cause = new IOException("gone");
        FormatException e = new FormatException("f", new Problem("", "cannot read"), cause);
        assertSame(cause, e.getCause());
        assertEquals("f: 1 problem\n  /: cannot read", e.getMessage());
    }

    @Test
    void rejectsAnEmptyProblemListAndBlankMessages() {
        assertThrows(IllegalArgumentException.class, () -> new FormatException("f", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Problem("/x", " "));
        assertThrows(NullPointerException.class, () -> new Problem(null, "m"));
    }

    @Test
    void saysHowManyProblemsWereLeftOut() {
        FormatException e = new FormatException("big.json", List.of(new Problem("/ids/0", "duplicate id")), 299_999);
        assertEquals(299_999, e.omitted());
        assertEquals("big.json: 300000 problems\n  /ids/0: duplicate id\n  … and 299999 more not reported",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FormatException("f", List.of(new Problem("", "x")), -1));
    }
    @Test
    void serializesWithItsProblems() throws IOException, ClassNotFoundException {
        FormatException e = new FormatException("c.json", List.of(new Problem("/a", "x"), new Problem("/b", "y")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            FormatException back = (FormatException) in.readObject();
            assertEquals(e.problems(), back.problems());
            assertEquals(e.getMessage(), back.getMessage());
        }
    }
}
