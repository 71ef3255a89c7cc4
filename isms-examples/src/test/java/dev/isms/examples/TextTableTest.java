// SPDX-License-Identifier: Apache-2.0
package dev.isms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsTextLeftAndNumbersRight() {
        String t = new TextTable("Name", "Count", "Money").row("a", 5, TextTable.number("1,000")).row("bbb", 12,
                TextTable.number("7")).toString();
        assertEquals("Name  Count  Money\n----  -----  -----\na         5  1,000\nbbb      12      7\n", t);
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        assertThrows(IllegalArgumentException.class, () -> new TextTable("a", "b").row("x"));
    }
}
