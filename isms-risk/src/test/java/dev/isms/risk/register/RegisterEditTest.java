// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.isms.core.Problem;
import dev.isms.risk.ControlEffect;
import dev.isms.risk.RiskFixtures;
import dev.isms.risk.RiskModelException;
import dev.isms.risk.RiskScenario;
import dev.isms.risk.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterEditTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final RiskTreatment t1 = RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY)
            .control(ControlEffect.likelihood(RiskFixtures.ref("8.7"), 0.5)).build();
    private final RiskTreatment t2 = RiskTreatment.builder("T-2", "R-2", TreatmentOption.RETAIN).build();
    private final RiskRegister register = RiskFixtures.register().treatment(t1, t2)
            .acceptance(RiskAcceptance.of("R-2", "CEO", TODAY, "accepted")).build();

    @Test
    void aBatchIsOneNewVersionAndNoEditsIsNoChange() {
        RiskRegister next = register.apply(List.of(RegisterEdit.removeTreatment("T-2"),
                RegisterEdit.putScore("R-1", Tier.CURRENT, RandomEdits.score("m", 1)),
                RegisterEdit.removeAcceptance("R-2")));
        assertEquals(2, next.version());
        assertEquals(List.of(t1), next.treatments());
        assertEquals(Optional.empty(), next.acceptance("R-2"));
        assertEquals(Optional.of(RandomEdits.score("m", 1)), next.requireScenario("R-1").score(Tier.CURRENT, "m"));
        assertSame(register, register.apply(List.of()));
    }

    @Test
    void replacingKeepsThePlaceAndRemovingAScenarioRemovesWhatBelongsToIt() {
        RiskScenario leak = RiskFixtures.leak().toBuilder().likelihood(1).build();
        RiskRegister next = register.apply(RegisterEdit.putScenario(leak), RegisterEdit.putTreatment(t1
                .withStatus(TreatmentStatus.APPROVED)), RegisterEdit.removeScenario("R-2"));
        assertEquals(List.of("R-1"), next.scenarios().stream().map(RiskScenario::id).toList());
        assertEquals(List.of(t1.withStatus(TreatmentStatus.APPROVED)), next.treatments());
        assertEquals(List.of(), next.acceptances());
        RiskRegister replaced = register.withScenario(leak);
        assertEquals(List.of("R-1", "R-2"), replaced.scenarios().stream().map(RiskScenario::id).toList());
        assertEquals(leak, replaced.requireScenario("R-2"));
    }

    @Test
    void reportsEveryEditThatNamesSomethingMissingAndTheResultsProblemsAtOnce() {
        RiskModelException e = assertThrows(RiskModelException.class, () -> register.apply(
                RegisterEdit.removeTreatment("T-9"), RegisterEdit.removeScenario("R-9"),
                RegisterEdit.removeAcceptance("R-1"), RegisterEdit.putScore("R-9", Tier.CURRENT,
                        RandomEdits.score("m", 1)), RegisterEdit.removeScore("R-1", Tier.CURRENT, "m"),
                RegisterEdit.putTreatment(RiskTreatment.builder("T-3", "R-404", TreatmentOption.RETAIN).build())));
        assertEquals(List.of(
                new Problem("edits[0].treatmentId", "names unknown treatment 'T-9'"),
                new Problem("edits[1].scenarioId", "names unknown scenario 'R-9'"),
                new Problem("edits[2].scenarioId", "names scenario 'R-1', which has no acceptance"),
                new Problem("edits[3].scenarioId", "names unknown scenario 'R-9'"),
                new Problem("edits[4]", "names no score of scenario 'R-1' at tier CURRENT by method 'm'"),
                new Problem("treatments[T-3].scenarioId", "names unknown scenario 'R-404'")), e.problems());
        assertEquals(1, register.version());
    }

    @Test
    void aTreatmentPutBeforeItsScenarioIsRemovedGoesWithIt() {
        RiskTreatment t3 = RiskTreatment.builder("T-3", "R-2", TreatmentOption.AVOID).build();
        RiskRegister next = register.apply(RegisterEdit.putTreatment(t3), RegisterEdit.removeScenario("R-2"));
        assertEquals(List.of(t1), next.treatments());
        RiskModelException e = assertThrows(RiskModelException.class, () -> register.apply(
                RegisterEdit.removeScenario("R-2"), RegisterEdit.putTreatment(t3)));
        assertEquals("treatments[T-3].scenarioId", e.problems().get(0).location());
    }

    @Test
    void editsRejectBlankIdsAndNulls() {
        assertThrows(IllegalArgumentException.class, () -> RegisterEdit.removeScenario(" "));
        assertThrows(IllegalArgumentException.class, () -> RegisterEdit.removeTreatment(""));
        assertThrows(IllegalArgumentException.class, () -> RegisterEdit.removeScore("R-1", Tier.CURRENT, ""));
        assertThrows(NullPointerException.class, () -> RegisterEdit.putScenario(null));
        assertThrows(NullPointerException.class, () -> RegisterEdit.putScore("R-1", null, RandomEdits.score("m", 1)));
        assertThrows(NullPointerException.class, () -> RegisterEdit.putAcceptance(null));
    }
}
