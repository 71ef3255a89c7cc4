// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskScenario;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Registers reached by random valid edits from the fixture register. */
class RiskRegisterProperties {
    private static final RiskRegister BASE = RiskFixtures.register().build();
    private static final List<String> SCENARIO_IDS = List.of("R-0", "R-1", "R-2", "R-3", "R-4", "R-5", "R-6", "R-7",
            "R-404");
    private static final List<String> TREATMENT_IDS = List.of("T-0", "T-1", "T-2", "T-3", "T-4", "T-5", "T-404");

    @Provide
    Arbitrary<List<Long>> seeds() {
        return Arbitraries.longs().list().ofMaxSize(25);
    }

    private static RiskRegister oneByOne(RiskRegister from, List<RegisterEdit> edits) {
        RiskRegister r = from;
        for (RegisterEdit e : edits) {
            RiskRegister next = r.apply(e);
            assertEquals(r.version() + 1, next.version(), e::toString);
            r = next;
        }
        return r;
    }

    @Property(tries = 300)
    void everyEditRaisesTheVersionByOneAndABatchEqualsTheEditsOneByOne(@ForAll("seeds") List<Long> seeds) {
        List<RegisterEdit> edits = RandomEdits.from(BASE, seeds);
        RiskRegister single = oneByOne(BASE, edits);
        RiskRegister batch = BASE.apply(edits);
        assertEquals(edits.isEmpty() ? BASE.version() : BASE.version() + 1, batch.version());
        assertEquals(single, batch);
        assertEquals(single.hashCode(), batch.hashCode());
        assertEquals(single.scenarios(), batch.scenarios());
        assertEquals(single.treatments(), batch.treatments());
        assertEquals(single.acceptances(), batch.acceptances());
        for (RiskScenario s : batch.scenarios()) {
            assertEquals(single.profile(s.id()), batch.profile(s.id()));
        }
        assertTrue(single.diff(batch).isEmpty());
    }

    @Property(tries = 200)
    void aRegisterDiffedWithItselfOrItsRebuiltCopyIsUnchanged(@ForAll("seeds") List<Long> seeds) {
        RiskRegister r = BASE.apply(RandomEdits.from(BASE, seeds));
        assertTrue(r.diff(r).isEmpty());
        RiskRegister copy = rebuilt(r);
        assertEquals(r, copy);
        assertEquals(r.hashCode(), copy.hashCode());
        assertEquals(r.version(), copy.version());
        assertTrue(r.diff(copy).isEmpty());
        for (RiskScenario s : r.scenarios()) {
            assertEquals(r.profile(s.id()), copy.profile(s.id()));
        }
    }

    /** Every part read back through the public accessors and given to a builder, as a reader would. */
    static RiskRegister rebuilt(RiskRegister r) {
        return RiskRegister.builder(r.criteria()).version(r.version()).assets(r.assets()).threats(r.threats())
                .vulnerabilities(r.vulnerabilities()).sources(r.sources()).catalogs(r.catalogs())
                .scenarios(r.scenarios()).treatments(r.treatments()).acceptances(r.acceptances()).build();
    }

    @Property(tries = 200)
    void lookUpsByIdAgreeWithALinearScan(@ForAll("seeds") List<Long> seeds) {
        RiskRegister r = BASE.apply(RandomEdits.from(BASE, seeds));
        for (String id : SCENARIO_IDS) {
            assertEquals(r.scenarios().stream().filter(s -> s.id().equals(id)).findFirst(), r.scenario(id));
            assertEquals(r.treatments().stream().filter(t -> t.scenarioId().equals(id)).toList(), r.treatmentsFor(id));
            assertEquals(r.acceptances().stream().filter(a -> a.scenarioId().equals(id)).findFirst(),
                    r.acceptance(id));
        }
        for (String id : TREATMENT_IDS) {
            assertEquals(r.treatments().stream().filter(t -> t.id().equals(id)).findFirst(), r.treatment(id));
        }
        assertEquals(Optional.of(r.threats().get(0)), r.threat("T-1"));
    }

    @Property(tries = 200)
    void differentContentIsNotEqualAndTheDiffSaysWhatChanged(@ForAll("seeds") List<Long> seeds) {
        List<RegisterEdit> edits = RandomEdits.from(BASE, seeds);
        RiskRegister r = BASE.apply(edits);
        RegisterDiff d = r.diff(BASE);
        if (d.isEmpty()) {
            assertEquals(BASE.scenarios().stream().map(RiskScenario::id).toList(),
                    r.scenarios().stream().map(RiskScenario::id).toList());
        } else {
            assertTrue(!r.equals(BASE), d.toString());
        }
        for (String id : d.added()) {
            assertTrue(r.scenario(id).isPresent() && BASE.scenario(id).isEmpty(), id);
        }
        for (String id : d.removed()) {
            assertTrue(r.scenario(id).isEmpty() && BASE.scenario(id).isPresent(), id);
        }
    }
}
