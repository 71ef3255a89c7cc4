// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapTest {

    private static Gap gap(Gap.Kind kind, String id, AssessmentResult r) {
        return new Gap(kind, ControlId.parse(id), "t" + id, r);
    }

    @Test
    void ordersBySeverityThenClausesFirstThenMaturityThenWeight() {
        Gap unassessed = gap(Gap.Kind.CLAUSE, "1", AssessmentResult.notAssessed());
        Gap partialControl = gap(Gap.Kind.CONTROL, "2", AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 1));
        Gap partialClause = gap(Gap.Kind.CLAUSE, "3", AssessmentResult.of(Conformity.PARTIALLY_CONFORMANT, 3));
        Gap missingLow = gap(Gap.Kind.CONTROL, "4", AssessmentResult.of(Conformity.NOT_CONFORMANT, 0));
        Gap missingNoMaturity = gap(Gap.Kind.CONTROL, "5", AssessmentResult.builder(Conformity.NOT_CONFORMANT)
                .build());
        Gap missingHeavy = gap(Gap.Kind.CONTROL, "6", AssessmentResult.builder(Conformity.NOT_CONFORMANT).maturity(0)
                .weight(3).build());
        List<Gap> gaps = new ArrayList<>(List.of(unassessed, partialControl, partialClause, missingLow,
                missingNoMaturity, missingHeavy));
        gaps.sort(Gap.PRIORITY);
        assertEquals(List.of(missingNoMaturity, missingHeavy, missingLow, partialClause, partialControl, unassessed),
                gaps);
    }

    @Test
    void rejectsAResultThatIsNoGap() {
        assertEquals("gap 5.1 conformity must be partially conformant, not conformant or not assessed but was"
                + " conformant", assertThrows(IllegalArgumentException.class, () -> gap(Gap.Kind.CONTROL, "5.1",
                        AssessmentResult.of(Conformity.CONFORMANT, 5))).getMessage());
    }
}
