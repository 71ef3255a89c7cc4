// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {
    private final Scale likelihood = Scale.of("likelihood", "Rare", "Unlikely", "Possible", "Likely", "Almost certain");

    @Test
    void numbersLevelsFromOne() {
        assertEquals(5, likelihood.size());
        assertEquals("Possible", likelihood.level(3).name());
        assertEquals(4, likelihood.level("likely").value());
        assertEquals(3, likelihood.check(3));
    }

    @Test
    void namesTheRangeAndValueWhenOutOfRange() {
        assertEquals("likelihood must be 1..5 but was 7",
                assertThrows(IllegalArgumentException.class, () -> likelihood.check(7)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> likelihood.level(0));
        assertEquals("likelihood must be one of [Rare, Unlikely, Possible, Likely, Almost certain] but was 'Often'",
                assertThrows(IllegalArgumentException.class, () -> likelihood.level("Often")).getMessage());
    }

    @Test
    void mapsQuantitiesThroughRanges() {
        Scale frequency = new Scale("frequency", List.of(ScaleLevel.of(1, "Rare", 0, 0.1),
                ScaleLevel.of(2, "Occasional", 0.1, 1), ScaleLevel.of(3, "Frequent", 1, Double.POSITIVE_INFINITY)));
        assertEquals("Rare", frequency.levelFor(0.05).name());
        assertEquals("Occasional", frequency.levelFor(0.1).name());
        assertEquals("Frequent", frequency.levelFor(12).name());
        assertThrows(IllegalArgumentException.class, () -> frequency.levelFor(-1));
        assertThrows(IllegalArgumentException.class, () -> likelihood.levelFor(1));
    }

    @Test
    void rejectsAScaleWithoutLevels() {
        assertEquals("scale 'likelihood' must have at least one level but has none",
                assertThrows(IllegalArgumentException.class, () -> Scale.of("likelihood")).getMessage());
    }

    @Test
    void rejectsUnorderedRepeatedOrMixedLevels() {
        assertEquals("scale 's' level 2 must have value 2 but was 3 ('B')", assertThrows(IllegalArgumentException.class,
                () -> new Scale("s", List.of(ScaleLevel.of(1, "A"), ScaleLevel.of(3, "B")))).getMessage());
        assertEquals("scale 's' must not repeat level name 'a'",
                assertThrows(IllegalArgumentException.class, () -> Scale.of("s", "A", "a")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Scale("s", List.of(ScaleLevel.of(1, "A", 0, 1),
                ScaleLevel.of(2, "B"))));
        assertThrows(IllegalArgumentException.class, () -> new Scale("s", List.of(ScaleLevel.of(1, "A", 0, 5),
                ScaleLevel.of(2, "B", 4, 9))));
        assertThrows(IllegalArgumentException.class, () -> Scale.of(" ", "A"));
    }
}
