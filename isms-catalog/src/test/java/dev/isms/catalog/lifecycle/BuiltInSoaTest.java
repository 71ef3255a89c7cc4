// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.soa.Applicability;
import dev.isms.core.soa.InclusionReason;
import dev.isms.core.soa.SoaConversion;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Statement of Applicability of core against the built-in catalogues and the official 2013-to-2022 mapping. */
class BuiltInSoaTest {
    private static final LocalDate D = LocalDate.of(2025, 6, 1);

    /** A 2013 statement: every control applicable with a justification naming it, except A.8.3.3 excluded. */
    static StatementOfApplicability soa2013() {
        Catalog c = Catalogs.iso27001_2013();
        StatementOfApplicability.Builder b = StatementOfApplicability.builder(c, "2.4", D);
        for (Control x : c.controls()) {
            b.entry(x.id().toString().equals("A.8.3.3") ? SoaEntry.excluded(x.id(), "No physical media is shipped")
                    : SoaEntry.builder(x.id()).include(InclusionReason.RISK_TREATMENT).justification("why "
                            + x.id()).build());
        }
        return b.build();
    }

    @Test
    void listsEveryControlOfEitherCatalogueOnce() {
        assertEquals(93, StatementOfApplicability.builder(Catalogs.iso27002_2022(), "1", D).build().entries().size());
        assertEquals(114, soa2013().entries().size());
    }

    @Test
    void convertsA2013StatementMarkingTheElevenNewControlsAsNeedingADecision() {
        MappingSet m = Catalogs.mapping2013To2022();
        StatementOfApplicability draft = SoaConversion.convert(soa2013(), m, Catalogs.iso27002_2022(), D);
        List<String> undecided = draft.undecided().stream().map(e -> e.control().toString()).toList();
        assertEquals(List.of("5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"),
                undecided);
        assertEquals(82, draft.applicable().size());
        assertTrue(draft.isDraft());
    }

    @Test
    void keepsEveryJustificationOfThe2013Statement() {
        StatementOfApplicability draft = SoaConversion.convert(soa2013(), Catalogs.mapping2013To2022(),
                Catalogs.iso27002_2022(), D);
        Set<String> kept = new TreeSet<>();
        for (SoaEntry e : draft.entries()) {
            e.justification().ifPresent(j -> kept.addAll(List.of(j.split("\n"))));
        }
        for (SoaEntry e : soa2013().entries()) {
            String mark = e.applicability() == Applicability.EXCLUDED ? " (excluded)" : "";
            assertTrue(kept.contains(e.control() + mark + ": " + e.justification().orElseThrow()), e.control()
                    + " lost");
        }
    }

    @Test
    void theControlMappedToTwoContributesToBoth() {
        StatementOfApplicability draft = SoaConversion.convert(soa2013(), Catalogs.mapping2013To2022(),
                Catalogs.iso27002_2022(), D);
        for (String id : List.of("5.36", "8.8")) {
            assertTrue(draft.require(ControlId.parse(id)).justification().orElseThrow()
                    .contains("A.18.2.3: why A.18.2.3"), id);
        }
    }
}
