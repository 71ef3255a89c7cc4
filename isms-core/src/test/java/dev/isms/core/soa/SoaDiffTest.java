// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import static dev.isms.core.soa.StatementOfApplicabilityTest.D;
import static dev.isms.core.soa.StatementOfApplicabilityTest.draft;
import static dev.isms.core.soa.StatementOfApplicabilityTest.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.LifecycleFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoaDiffTest {

    @Test
    void anUnchangedStatementHasNoChanges() {
        assertTrue(draft().diff(draft()).isEmpty());
    }

    @Test
    void reportsInclusionExclusionReopeningReasonsJustificationAndStatus() {
        StatementOfApplicability older = draft();
        StatementOfApplicability newer = older
                .withEntry(SoaEntry.applicable(id("5.7"), InclusionReason.BEST_PRACTICE))
                .withEntry(SoaEntry.excluded(id("8.24"), "Moved to the provider"))
                .withEntry(SoaEntry.undecided(id("7.10")))
                .withEntry(older.require(id("5.1")).toBuilder().justification("NIS2 and DORA")
                        .include(InclusionReason.CONTRACTUAL)
                        .implementation(Implementation.explicit(ImplementationStatus.IMPLEMENTED, "audited")).build());
        SoaDiff d = older.diff(newer);
        assertEquals(List.of(
                new SoaChange(id("5.1"), SoaChange.Kind.REASONS_CHANGED, "legal-or-regulatory",
                        "legal-or-regulatory, contractual"),
                new SoaChange(id("5.1"), SoaChange.Kind.JUSTIFICATION_CHANGED, "NIS2", "NIS2 and DORA"),
                new SoaChange(id("5.1"), SoaChange.Kind.STATUS_CHANGED, "not-implemented", "implemented"),
                new SoaChange(id("5.7"), SoaChange.Kind.INCLUDED, "undecided", "applicable"),
                new SoaChange(id("5.7"), SoaChange.Kind.REASONS_CHANGED, "", "best-practice"),
                new SoaChange(id("7.10"), SoaChange.Kind.UNDECIDED, "excluded", "undecided"),
                new SoaChange(id("7.10"), SoaChange.Kind.JUSTIFICATION_CHANGED, "No removable media", ""),
                new SoaChange(id("8.24"), SoaChange.Kind.EXCLUDED, "applicable", "excluded"),
                new SoaChange(id("8.24"), SoaChange.Kind.REASONS_CHANGED, "risk-treatment", ""),
                new SoaChange(id("8.24"), SoaChange.Kind.JUSTIFICATION_CHANGED, "", "Moved to the provider")),
                d.changes());
        assertEquals(1, d.changes(SoaChange.Kind.EXCLUDED).size());
    }

    @Test
    void reportsControlsAddedToAndRemovedFromTheCatalogue() {
        Catalog a = Catalog.builder("c", "C").control(Control.of("1", "One")).control(Control.of("2", "Two")).build();
        Catalog b = Catalog.builder("c", "C").control(Control.of("2", "Two")).control(Control.of("3", "Three")).build();
        SoaDiff d = StatementOfApplicability.builder(a, "1", D).build()
                .diff(StatementOfApplicability.builder(b, "2", D).build());
        assertEquals(List.of(new SoaChange(id("3"), SoaChange.Kind.ADDED, "", "undecided"),
                new SoaChange(id("1"), SoaChange.Kind.REMOVED, "undecided", "")), d.changes());
    }

    @Test
    void rejectsStatementsOfDifferentCatalogues() {
        StatementOfApplicability other = StatementOfApplicability.builder(LifecycleFixtures.catalog2013(), "1", D)
                .build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> draft().diff(other));
        assertEquals("SoA diff newer catalogId must be the older's 'test:2022' but was 'test:2013'", e.getMessage());
    }
}
