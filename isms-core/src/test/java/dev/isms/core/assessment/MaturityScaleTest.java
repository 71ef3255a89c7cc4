// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaturityScaleTest {

    @Test
    void theDefaultScaleRunsFromZeroToFiveWithNamedLevels() {
        MaturityScale s = MaturityScale.defaultScale();
        assertEquals(0, s.min());
        assertEquals(5, s.max());
        assertEquals(Optional.of("Non-existent"), s.label(0));
        assertEquals(Optional.of("Optimised"), s.label(5));
        assertTrue(s.contains(5));
        assertFalse(s.contains(6));
        assertTrue(s.contains(2.5));
        assertFalse(s.contains(Double.NaN));
    }

    @Test
    void aConfiguredScaleMayBeUnnamed() {
        MaturityScale s = MaturityScale.of(1, 4);
        assertEquals(Optional.empty(), s.label(1));
        assertEquals("1..4", s.toString());
    }

    @Test
    void aScaleStartingAboveZeroNamesItsLevelsFromItsMin() {
        MaturityScale s = new MaturityScale(1, 3, List.of("Low", "Medium", "High"));
        assertEquals(Optional.of("Low"), s.label(1));
        assertEquals(Optional.of("High"), s.label(3));
        assertEquals("maturity scale labels must name each of the 3 levels 1..3 but were 2", assertThrows(
                IllegalArgumentException.class, () -> new MaturityScale(1, 3, List.of("a", "b"))).getMessage());
        assertEquals("maturity scale labels must name each of the 3 levels 1..3 but were 4", assertThrows(
                IllegalArgumentException.class, () -> new MaturityScale(1, 3, List.of("a", "b", "c", "d")))
                .getMessage());
    }

    @Test
    void rejectsAnEmptyRangeMismatchedLabelsAndOffScaleLevels() {
        assertEquals("maturity scale max must be above min 3 by at most 100 but was 3", assertThrows(
                IllegalArgumentException.class, () -> MaturityScale.of(3, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MaturityScale.of(0, 101));
        assertEquals("maturity scale labels must name each of the 3 levels 0..2 but were 2", assertThrows(
                IllegalArgumentException.class, () -> new MaturityScale(0, 2, List.of("a", "b"))).getMessage());
        assertEquals("maturity level must be 0..5 but was 9", assertThrows(IllegalArgumentException.class,
                () -> MaturityScale.defaultScale().label(9)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MaturityScale(0, 1, List.of("a", " ")));
    }
}
