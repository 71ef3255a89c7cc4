// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.ControlId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Invariants of the projection rule of {@link ProjectedResult} over any mix of item results. */
class ProjectedResultProperties {
    private static final ControlId OUT = ControlId.parse("GV.OC-01");

    private static ProjectedResult of(List<Conformity> items) {
        List<ProjectedResult.Basis> basis = new ArrayList<>();
        for (Conformity c : items) {
            basis.add(ProjectedResultTest.item(c));
        }
        return ProjectedResult.of(OUT, basis);
    }

    @Property
    void conformantExactlyWhenEveryCountedItemIs(@ForAll @Size(max = 8) List<Conformity> items) {
        boolean all = items.stream().anyMatch(c -> c != Conformity.NOT_APPLICABLE)
                && items.stream().allMatch(c -> c == Conformity.CONFORMANT || c == Conformity.NOT_APPLICABLE);
        assertEquals(all, of(items).conformity() == Conformity.CONFORMANT, items.toString());
    }

    @Property
    void countsTheItemsThatCountAndTheConformantOnes(@ForAll @Size(max = 8) List<Conformity> items) {
        ProjectedResult r = of(items);
        assertEquals(items.stream().filter(c -> c != Conformity.NOT_APPLICABLE).count(), r.counted());
        assertEquals(items.stream().filter(c -> c == Conformity.CONFORMANT).count(), r.conformant());
    }

    @Property
    void orderDoesNotMatter(@ForAll @Size(max = 8) List<Conformity> items) {
        List<Conformity> shuffled = new ArrayList<>(items);
        Collections.reverse(shuffled);
        assertEquals(of(items).conformity(), of(shuffled).conformity());
    }

    @Property
    void anExcludedControlChangesNothingOnceSomethingCounts(@ForAll @Size(min = 1, max = 8) List<Conformity> items) {
        List<Conformity> more = new ArrayList<>(items);
        more.add(Conformity.NOT_APPLICABLE);
        if (items.stream().anyMatch(c -> c != Conformity.NOT_APPLICABLE)) {
            assertEquals(of(items).conformity(), of(more).conformity());
        }
    }

    @Property
    void aNewConformantItemNeverMakesItWorse(@ForAll @Size(max = 8) List<Conformity> items) {
        List<Conformity> more = new ArrayList<>(items);
        more.add(Conformity.CONFORMANT);
        Conformity before = of(items).conformity();
        Conformity after = of(more).conformity();
        if (before == Conformity.CONFORMANT || before == Conformity.PARTIALLY_CONFORMANT) {
            assertEquals(before, after);
        } else {
            boolean nothingCounted = items.stream().allMatch(c -> c == Conformity.NOT_APPLICABLE);
            assertEquals(nothingCounted ? Conformity.CONFORMANT : Conformity.PARTIALLY_CONFORMANT, after,
                    items.toString());
        }
    }
}
