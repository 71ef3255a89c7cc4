// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
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
        assertTrue(frequency.isRanged());
        assertEquals("scale 'likelihood' has no numeric ranges",
                assertThrows(IllegalArgumentException.class, () -> likelihood.levelFor(1)).getMessage());
        assertEquals("frequency quantity must be a number but was NaN",
                assertThrows(IllegalArgumentException.class, () -> frequency.levelFor(Double.NaN)).getMessage());
    }

    @Test
    void quantitiesOutsideTheRangesCountAsTheFirstOrLastLevel() {
        Scale money = new Scale("loss", List.of(ScaleLevel.of(1, "Minor", 1_000, 1e4),
                ScaleLevel.of(2, "Major", 1e4, 1e6)));
        assertEquals("Minor", money.levelFor(100).name());
        assertEquals("Minor", money.levelFor(Double.NEGATIVE_INFINITY).name());
        assertEquals("Major", money.levelFor(1e6).name());
        assertEquals("Major", money.levelFor(Double.POSITIVE_INFINITY).name());
    }

    @Test
    void rejectsRangesWithAGapOrAnOverlap() {
        assertEquals("scale 'loss' ranges must be contiguous (no gap, no overlap) but 'Major' starts at 20000.0 where"
                + " 'Minor' ends at 10000.0", assertThrows(IllegalArgumentException.class, () -> new Scale("loss",
                        List.of(ScaleLevel.of(1, "Minor", 1_000, 1e4), ScaleLevel.of(2, "Major", 2e4, 1e6))))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Scale("s", List.of(ScaleLevel.of(1, "A", 0, 5),
                ScaleLevel.of(2, "B", 4, 9))));
    }

    @Test
    void rejectsMoreThanAHundredLevels() {
        String[] names = new String[Scale.MAX_LEVELS + 1];
        for (int i = 0; i < names.length; i++) {
            names[i] = "L" + i;
        }
        assertEquals(Scale.MAX_LEVELS, Scale.of("s", Arrays.copyOf(names, Scale.MAX_LEVELS)).size());
        assertEquals("scale 's' must have 1..100 levels but has 101",
                assertThrows(IllegalArgumentException.class, () -> Scale.of("s", names)).getMessage());
    }

    @Test
    void quotesUserTextInMessages() {
        assertEquals("s must be one of [A] but was 'x\\ny'",
                assertThrows(IllegalArgumentException.class, () -> Scale.of("s", "A").level("x\ny")).getMessage());
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
        assertThrows(IllegalArgumentException.class, () -> Scale.of(" ", "A"));
    }
}
