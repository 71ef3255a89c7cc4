// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.LifecycleFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A statement lists every control of its catalogue exactly once, whatever entries and inclusions it is given. */
class StatementOfApplicabilityProperties {
    private static final Catalog CATALOG = LifecycleFixtures.catalog();
    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    /** One builder step: an entry, an inclusion, or an unknown control (which the builder must reject). */
    record Step(int kind, String control, InclusionReason reason, String risk) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        List<String> ids = new ArrayList<>();
        CATALOG.controls().forEach(c -> ids.add(c.id().toString()));
        ids.add("9.99");
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(ids),
                Arbitraries.of(InclusionReason.class), Arbitraries.of("R-1", "R-2", "R-3"))
                .as(Step::new).list().ofMaxSize(30);
    }

    @Property(tries = 300)
    void listsEveryControlExactlyOnceInCatalogueOrder(@ForAll("steps") List<Step> steps) {
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(CATALOG, "p", D);
        Set<String> given = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        for (Step s : steps) {
            apply(b, s, given, excluded);
        }
        StatementOfApplicability soa = b.build();
        List<ControlId> listed = soa.entries().stream().map(SoaEntry::control).toList();
        assertEquals(CATALOG.controls().stream().map(Control::id).toList(), listed);
        assertEquals(listed.size(), new HashSet<>(listed).size());
        assertEquals(soa.entries().size(), soa.applicable().size() + soa.excluded().size() + soa.undecided().size());
    }

    /** Applies a step, checking that the builder accepts it exactly when the model says it should. */
    private static void apply(StatementOfApplicability.Builder b, Step s, Set<String> given, Set<String> excluded) {
        ControlId id = ControlId.parse(s.control());
        boolean known = CATALOG.contains(s.control());
        boolean entry = s.kind() <= 1;
        boolean expected = known && (entry ? !given.contains(s.control()) : !excluded.contains(s.control()));
        boolean accepted = true;
        try {
            if (s.kind() == 0) {
                b.entry(SoaEntry.excluded(id, "generated"));
            } else if (s.kind() == 1) {
                b.entry(SoaEntry.applicable(id, s.reason()));
            } else {
                b.include(id, s.reason(), List.of(s.risk()));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            accepted = false;
        }
        assertEquals(expected, accepted, "step " + s);
        if (accepted) {
            given.add(s.control());
            if (s.kind() == 0) {
                excluded.add(s.control());
            }
        }
    }
}
