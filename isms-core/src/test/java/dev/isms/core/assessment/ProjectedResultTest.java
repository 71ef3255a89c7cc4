// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.ControlId;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectedResultTest {
    private static final ControlId OUT = ControlId.parse("PR.DS-01");

    static ProjectedResult.Basis item(Conformity c) {
        AssessmentResult r = c.isAssessed() ? AssessmentResult.of(c, 2) : c == Conformity.NOT_APPLICABLE
                ? AssessmentResult.notApplicable("Excluded") : AssessmentResult.notAssessed();
        ControlId id = ControlId.parse("5." + (c.ordinal() + 1));
        return new ProjectedResult.Basis(Gap.Kind.CONTROL, id, id, Relationship.INTERSECTS_WITH, r);
    }

    private static Conformity of(Conformity... items) {
        List<ProjectedResult.Basis> basis = new ArrayList<>();
        for (Conformity c : items) {
            basis.add(item(c));
        }
        return ProjectedResult.of(OUT, basis).conformity();
    }

    @Test
    void followsTheDocumentedRules() {
        assertEquals(Conformity.NOT_ASSESSED, of());
        assertEquals(Conformity.NOT_APPLICABLE, of(Conformity.NOT_APPLICABLE));
        assertEquals(Conformity.NOT_ASSESSED, of(Conformity.NOT_ASSESSED, Conformity.NOT_APPLICABLE));
        assertEquals(Conformity.CONFORMANT, of(Conformity.CONFORMANT, Conformity.NOT_APPLICABLE));
        assertEquals(Conformity.PARTIALLY_CONFORMANT, of(Conformity.CONFORMANT, Conformity.NOT_ASSESSED));
        assertEquals(Conformity.PARTIALLY_CONFORMANT, of(Conformity.CONFORMANT, Conformity.NOT_CONFORMANT));
        assertEquals(Conformity.PARTIALLY_CONFORMANT, of(Conformity.PARTIALLY_CONFORMANT));
        assertEquals(Conformity.NOT_CONFORMANT, of(Conformity.NOT_CONFORMANT, Conformity.NOT_ASSESSED));
        assertEquals(Conformity.NOT_CONFORMANT, of(Conformity.NOT_CONFORMANT));
    }

    @Test
    void rejectsAConformityTheBasisDoesNotGive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProjectedResult(OUT,
                Conformity.CONFORMANT, List.of(item(Conformity.NOT_CONFORMANT))));
        assertEquals("projected result PR.DS-01 conformity must be not-conformant, as its basis gives, but was"
                + " conformant", e.getMessage());
        assertThrows(NullPointerException.class, () -> ProjectedResult.of(null, List.of()));
        assertThrows(NullPointerException.class, () -> new ProjectedResult(OUT, null, List.of()));
    }

    @Test
    void basisNamesEveryPart() {
        AssessmentResult r = AssessmentResult.notAssessed();
        ControlId id = ControlId.parse("5.1");
        assertEquals("basis kind", assertThrows(NullPointerException.class, () -> new ProjectedResult.Basis(null,
                id, id, Relationship.EQUAL, r)).getMessage());
        assertEquals("basis mappedAs", assertThrows(NullPointerException.class, () -> new ProjectedResult.Basis(
                Gap.Kind.CONTROL, id, null, Relationship.EQUAL, r)).getMessage());
        assertEquals("basis result", assertThrows(NullPointerException.class, () -> new ProjectedResult.Basis(
                Gap.Kind.CONTROL, id, id, Relationship.EQUAL, null)).getMessage());
    }
}
