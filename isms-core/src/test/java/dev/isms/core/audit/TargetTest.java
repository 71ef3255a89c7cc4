// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void theBoundaryMeetsTheTargetInBothDirections() {
        Target atLeast = Target.atLeast(95, "%");
        assertTrue(atLeast.isMet(95));
        assertFalse(atLeast.isMet(94.9));
        Target atMost = Target.atMost(5, "days");
        assertTrue(atMost.isMet(5));
        assertFalse(atMost.isMet(5.1));
        assertEquals(">= 95.0 %", atLeast.toString());
        assertEquals("<= 3.0", new Target(Target.Comparison.AT_MOST, 3, Optional.empty()).toString());
    }

    @Test
    void rejectsAValueThatIsNotFiniteAndABlankUnit() {
        assertEquals("target value must be finite but was NaN", assertThrows(IllegalArgumentException.class,
                () -> Target.atLeast(Double.NaN, "%")).getMessage());
        assertEquals("target unit must not be blank but was ''", assertThrows(IllegalArgumentException.class,
                () -> Target.atMost(1, "")).getMessage());
    }
}
