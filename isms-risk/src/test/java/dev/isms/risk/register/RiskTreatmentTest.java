// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import static dev.isms.risk.RiskFixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.risk.ControlEffect;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskTreatmentTest {

    @Test
    void buildsWithDefaultsAndChangesStatus() {
        RiskTreatment t = RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY)
                .control(ControlEffect.likelihood(ref("8.7"), 0.5)).due(LocalDate.of(2027, 1, 31)).build();
        assertEquals(TreatmentStatus.PROPOSED, t.status());
        assertEquals(Optional.empty(), t.owner());
        assertEquals(TreatmentStatus.IMPLEMENTED, t.withStatus(TreatmentStatus.IMPLEMENTED).status());
        assertSame(t, t.withStatus(TreatmentStatus.PROPOSED));
    }

    @Test
    void optionsConstrainTheControls() {
        assertEquals("treatment 'T-1' option MODIFY must select at least one control or applied control", assertThrows(
                IllegalArgumentException.class, () -> RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY)
                        .build()).getMessage());
        assertEquals("treatment 'T-1' option RETAIN must select no controls but selects 1", assertThrows(
                IllegalArgumentException.class, () -> RiskTreatment.builder("T-1", "R-1", TreatmentOption.RETAIN)
                        .control(ControlEffect.likelihood(ref("8.7"), 0.5)).build()).getMessage());
        RiskTreatment share = RiskTreatment.builder("T-2", "R-1", TreatmentOption.SHARE).build();
        assertEquals(0, share.controls().size());
        assertThrows(IllegalArgumentException.class, () -> RiskTreatment.builder(" ", "R-1", TreatmentOption.AVOID)
                .build());
        assertThrows(IllegalArgumentException.class, () -> RiskTreatment.builder("T", "R-1", TreatmentOption.AVOID)
                .owner("").build());
    }

    @Test
    void namesTheAppliedControlsThatCarryItOutInOrderAndUnmodifiable() {
        RiskTreatment t = RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY).appliedControl("AC-2")
                .appliedControls(List.of("AC-1")).build();
        assertEquals(List.of("AC-2", "AC-1"), t.appliedControls());
        assertEquals(List.of(), t.controls());
        assertThrows(UnsupportedOperationException.class, () -> t.appliedControls().add("AC-3"));
        assertTrue(t.toString().contains("appliedControls=[AC-2, AC-1]"), t.toString());
        assertEquals(List.of(), RiskTreatment.builder("T-2", "R-1", TreatmentOption.SHARE).build().appliedControls());
    }

    @Test
    void withAppliedControlsReplacesThemAndReturnsThisWhenUnchanged() {
        RiskTreatment t = RiskTreatment.builder("T-1", "R-1", TreatmentOption.MODIFY)
                .control(ControlEffect.likelihood(ref("8.7"), 0.5)).build();
        RiskTreatment named = t.withAppliedControls("AC-1", "AC-2");
        assertEquals(List.of("AC-1", "AC-2"), named.appliedControls());
        assertNotEquals(t, named);
        assertNotEquals(t.hashCode(), named.hashCode());
        assertSame(named, named.withAppliedControls(List.of("AC-1", "AC-2")));
        assertEquals(t, named.withAppliedControls(List.of()));
        assertEquals(named.appliedControls(), named.withStatus(TreatmentStatus.APPROVED).appliedControls());
    }

    @Test
    void theZeroOneConstructorNamesNoAppliedControl() {
        RiskTreatment t = new RiskTreatment("T-1", "R-1", TreatmentOption.SHARE, List.of(), Optional.empty(),
                Optional.empty(), TreatmentStatus.PROPOSED);
        assertEquals(List.of(), t.appliedControls());
    }

    @Test
    void blankRepeatedOrControlCharacterAppliedControlIdsAreRejectedNamingFieldAndValue() {
        RiskTreatment.Builder b = RiskTreatment.builder("T-1", "R-1", TreatmentOption.SHARE);
        assertEquals("treatment 'T-1' appliedControls must not be blank but was ' '", assertThrows(
                IllegalArgumentException.class, () -> b.appliedControl(" ").build()).getMessage());
        assertEquals("treatment 'T-1' appliedControls must not repeat a value but 'AC-1' appears twice", assertThrows(
                IllegalArgumentException.class, () -> RiskTreatment.builder("T-1", "R-1", TreatmentOption.SHARE)
                        .appliedControl("AC-1", "AC-1").build()).getMessage());
        String message = assertThrows(IllegalArgumentException.class, () -> RiskTreatment.builder("T-1", "R-1",
                TreatmentOption.SHARE).build().withAppliedControls("AC-\u0007")).getMessage();
        assertTrue(message.startsWith("treatment 'T-1' appliedControls must not contain control character U+0007"),
                message);
        assertTrue(message.endsWith("but was 'AC-\\u0007'"), message);
        assertThrows(NullPointerException.class, () -> b.appliedControl((String) null));
    }

    @Test
    void retainAndAvoidNameNoAppliedControlButModifyMayNameOnlyAppliedControls() {
        assertEquals("treatment 'T-1' option AVOID must name no applied controls but names '[AC-1]'", assertThrows(
                IllegalArgumentException.class, () -> RiskTreatment.builder("T-1", "R-1", TreatmentOption.AVOID)
                        .appliedControl("AC-1").build()).getMessage());
        assertEquals("treatment 'T-1' option RETAIN must name no applied controls but names '[AC-1]'", assertThrows(
                IllegalArgumentException.class, () -> RiskTreatment.builder("T-1", "R-1", TreatmentOption.RETAIN)
                        .build().withAppliedControls(List.of("AC-1"))).getMessage());
    }
}
