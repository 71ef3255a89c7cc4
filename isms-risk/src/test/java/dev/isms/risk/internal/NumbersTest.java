// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readsPlainAsciiIntegers() {
        assertEquals(3, Numbers.parseInteger("3"));
        assertEquals(-42, Numbers.parseInteger("-42"));
        assertEquals(7, Numbers.parseInteger("007"));
        assertEquals(Long.MIN_VALUE, Numbers.parseInteger("-9223372036854775808"));
    }

    @Test
    void rejectsEveryOtherIntegerForm() {
        for (String text : List.of("", "-", "+3", " 3", "3 ", " +3 ", "３", "٩٩", "3.0", "1e3", "0x10", "3L",
                "9223372036854775808", "--1", "1-")) {
            assertThrows(NumberFormatException.class, () -> Numbers.parseInteger(text), text);
        }
    }

    @Test
    void readsPlainAsciiDecimals() {
        assertEquals(12, Numbers.parseDecimal("12"));
        assertEquals(-0.5, Numbers.parseDecimal("-0.5"));
        assertEquals(2.5e6, Numbers.parseDecimal("2.5e6"));
        assertEquals(1e-3, Numbers.parseDecimal("1E-3"));
        assertEquals(1e3, Numbers.parseDecimal("1e+3"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parseDecimal("1e999"));
    }

    @Test
    void rejectsJavaLiteralsAndOtherDecimalForms() {
        for (String text : List.of("", "-", "5d", "6f", "0x1p3", "NaN", "Infinity", "-Infinity", ".5", "5.", "1e",
                "1e+", "+1", " 1", "1 ", "１", "٣.٥", "1,5", "1_000", "e5", "1.2.3", "- 1")) {
            assertThrows(NumberFormatException.class, () -> Numbers.parseDecimal(text), text);
        }
    }

    @Test
    void readsListsWithSpacesNextToCommasOnly() {
        assertArrayEquals(new double[] {0.5, 2, 1e3}, Numbers.parseDecimals("0.5,2,1e3", 3));
        assertArrayEquals(new double[] {0.5, 2, 1e3}, Numbers.parseDecimals("0.5, 2 ,  1e3", 3));
        assertThrows(NumberFormatException.class, () -> Numbers.parseDecimals(" 0.5,2,3", 3));
        assertThrows(NumberFormatException.class, () -> Numbers.parseDecimals("0.5,2,3 ", 3));
        assertThrows(NumberFormatException.class, () -> Numbers.parseDecimals("0.5,\t2,3", 3));
        assertEquals("expected 3 comma-separated numbers but found 2", assertThrows(IllegalArgumentException.class,
                () -> Numbers.parseDecimals("1,2", 3)).getMessage());
    }
}
