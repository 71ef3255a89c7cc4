// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ScaleLevelTest {

    @Test
    void holdsAnOptionalRange() {
        assertEquals(OptionalDouble.empty(), ScaleLevel.of(1, "Low").lower());
        ScaleLevel l = ScaleLevel.of(2, "Medium", 10_000, 100_000);
        assertEquals(10_000, l.lower().getAsDouble());
        assertEquals(100_000, l.upper().getAsDouble());
    }

    @Test
    void rejectsBadValuesNamesAndRanges() {
        assertEquals("scale level value must be >= 1 but was 0",
                assertThrows(IllegalArgumentException.class, () -> ScaleLevel.of(0, "x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScaleLevel.of(1, " "));
        assertEquals("scale level 'x' range must be finite lower <= upper but was 5.0..1.0",
                assertThrows(IllegalArgumentException.class, () -> ScaleLevel.of(1, "x", 5, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScaleLevel.of(1, "x", Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new ScaleLevel(1, "x", OptionalDouble.of(1),
                OptionalDouble.empty()));
    }
}
