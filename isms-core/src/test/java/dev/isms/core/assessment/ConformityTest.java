// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConformityTest {

    @Test
    void assessedAndGapSubsets() {
        Set<Conformity> assessed = EnumSet.noneOf(Conformity.class);
        Set<Conformity> gaps = EnumSet.noneOf(Conformity.class);
        for (Conformity c : Conformity.values()) {
            if (c.isAssessed()) {
                assessed.add(c);
            }
            if (c.isGap()) {
                gaps.add(c);
            }
        }
        assertEquals(EnumSet.of(Conformity.CONFORMANT, Conformity.PARTIALLY_CONFORMANT, Conformity.NOT_CONFORMANT),
                assessed);
        assertEquals(EnumSet.of(Conformity.PARTIALLY_CONFORMANT, Conformity.NOT_CONFORMANT), gaps);
        assertEquals("not-applicable", Conformity.NOT_APPLICABLE.key());
    }
}
