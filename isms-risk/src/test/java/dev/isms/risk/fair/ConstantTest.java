// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConstantTest {

    @Test
    void meanAndBoundsAreTheValue() {
        Constant c = Constant.of(2.5);
        assertEquals(2.5, c.mean());
        assertEquals(2.5, c.lowerBound());
        assertEquals(2.5, c.upperBound());
    }

    @Test
    void rejectsNaN() {
        var e = assertThrows(IllegalArgumentException.class, () -> Constant.of(Double.NaN));
        assertEquals("constant value must be finite but was NaN", e.getMessage());
    }

    @Test
    void rejectsInfinity() {
        var e = assertThrows(IllegalArgumentException.class, () -> Constant.of(Double.NEGATIVE_INFINITY));
        assertEquals("constant value must be finite but was -Infinity", e.getMessage());
    }
}
