// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExceedancePointTest {

    @Test
    void keepsItsComponents() {
        ExceedancePoint p = new ExceedancePoint(1_000, 0.25);
        assertEquals(1_000, p.loss());
        assertEquals(0.25, p.probability());
    }

    @Test
    void rejectsProbabilityAboveOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ExceedancePoint(1, 1.5));
        assertEquals("probability must be within [0, 1] but was 1.5", e.getMessage());
    }

    @Test
    void rejectsInfiniteLoss() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new ExceedancePoint(Double.POSITIVE_INFINITY, 0.5));
        assertEquals("loss must be finite but was Infinity", e.getMessage());
    }
}
