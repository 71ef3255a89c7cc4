// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.ControlId;
import dev.isms.core.UnknownIdException;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.mapping.Relationship;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * NIST's crosswalks to ISO/IEC 27001:2022, shipped as built-in mapping sets: their ids parse, every target is a
 * clause of the built-in ISO/IEC 27001:2022 requirements or an Annex A control of ISO/IEC 27002:2022, NIST is
 * credited, and the coverage of Annex A is what was published with the data.
 */
class CrosswalksTest {
    private static final MappingSet SP800_53 = Catalogs.nistSp800_53r5ToIso27001_2022();
    private static final MappingSet CSF = Catalogs.nistCsf2ToIso27001_2022();

    /** {@return the ISO/IEC 27002:2022 controls that no Annex A row of the set reaches, in catalogue order} */
    private static List<String> annexAUnmapped(MappingSet set) {
        List<String> out = new ArrayList<>();
        for (ControlId id : Catalogs.iso27002_2022().query().ids()) {
            if (set.sourcesOf(ControlId.parse("A." + id)).isEmpty()) {
                out.add(id.toString());
            }
        }
        return out;
    }

    private static Set<String> targets(MappingSet set, boolean annexA) {
        Set<String> out = new TreeSet<>();
        for (Mapping m : set.mappings()) {
            if (m.targetId().toString().startsWith("A.") == annexA) {
                out.add(m.targetId().toString());
            }
        }
        return out;
    }

    @Test
    void sp80053LeavesOnly76And834OfAnnexAUnmapped() {
        assertEquals(List.of("7.6", "8.34"), annexAUnmapped(SP800_53));
        assertEquals(642, SP800_53.mappings().size());
        assertEquals(220, SP800_53.mappings().stream().map(Mapping::sourceId).distinct().count());
        assertEquals(29, targets(SP800_53, false).size());
        assertEquals(91, targets(SP800_53, true).size());
    }

    @Test
    void csf20LeavesThePublishedTwentySixAnnexAControlsUnmapped() {
        assertEquals(List.of("5.5", "5.6", "5.11", "5.23", "5.30", "5.32", "5.33", "5.34", "5.36", "5.37", "7.6",
                "7.8", "7.9", "7.11", "8.1", "8.10", "8.11", "8.12", "8.23", "8.24", "8.27", "8.29", "8.30", "8.31",
                "8.33", "8.34"), annexAUnmapped(CSF));
        assertEquals(106, CSF.mappings().stream().map(Mapping::sourceId).distinct().count());
        assertEquals(23, targets(CSF, false).size());
        assertEquals(67, targets(CSF, true).size());
        assertEquals("2", CSF.metadata().get("repeatedRowsDropped"));
        assertEquals(341, CSF.mappings().size());
    }

    @Test
    void nistIdsParseAsControlIdsAndLookUpBothWays() {
        assertEquals(List.of(ControlId.parse("A.8.16")), SP800_53.targetsOf("AC-2(12)"));
        assertEquals(SP800_53.targetsOf("AC-17(1)"), SP800_53.targetsOf(ControlId.parse("AC-17(1)")));
        assertTrue(SP800_53.sourcesOf("A.8.8").contains(ControlId.parse("RA-5")), SP800_53.sourcesOf("A.8.8")
                .toString());
        assertTrue(SP800_53.targetsOf("AC-2(1)").isEmpty(), "AC-2(1) parses but NIST maps it to nothing");
        assertEquals(22, CSF.targetsOf("PR.DS-01").size());
        assertTrue(CSF.sourcesOf("A.8.8").contains(ControlId.parse("PR.DS-01")));
        assertTrue(CSF.targetsOf(ControlId.parse("PR.DS-01")).contains(ControlId.parse("4.2")));
    }

    @Test
    void sortsRowsBySourceThenTarget() {
        for (MappingSet set : List.of(SP800_53, CSF)) {
            for (int i = 1; i < set.mappings().size(); i++) {
                Mapping a = set.mappings().get(i - 1);
                Mapping b = set.mappings().get(i);
                int c = a.sourceId().compareTo(b.sourceId());
                assertTrue(c < 0 || (c == 0 && a.targetId().compareTo(b.targetId()) < 0), a + " before " + b);
            }
        }
    }

    @Test
    void everyTargetIsAClauseOrAnAnnexAControlWeShip() {
        for (MappingSet set : List.of(SP800_53, CSF)) {
            assertEquals("iso27001:2022", set.targetCatalogId());
            for (Mapping m : set.mappings()) {
                String target = m.targetId().toString();
                boolean known = target.startsWith("A.")
                        ? Catalogs.iso27002_2022().contains(target.substring(2))
                        : Catalogs.iso27001_2022Requirements().find(m.targetId()).isPresent();
                assertTrue(known, set.id() + ": " + m);
                assertEquals(Relationship.INTERSECTS_WITH, m.relationship());
            }
        }
    }

    @Test
    void creditsNistAndSaysWhatItHolds() {
        for (MappingSet set : List.of(SP800_53, CSF)) {
            assertTrue(set.metadata().get("provider").startsWith("NIST"), set.metadata().toString());
            assertTrue(set.metadata().get("credit").contains("ids and relationships only"));
            assertEquals(64, set.metadata().get("sourceSha256").length());
        }
        assertEquals("nist-sp800-53:rev5", SP800_53.sourceCatalogId());
        assertEquals("nist-csf:2.0", CSF.sourceCatalogId());
    }

    @Test
    void builtInMappingSetsAreFoundByIdAndShared() {
        assertEquals(List.of("iso27001-2013-to-iso27002-2022", "nist-sp800-53r5-to-iso27001-2022",
                "nist-csf2.0-to-iso27001-2022", "iso27001-2022-annex-a-to-iso27002-2022"), Catalogs.mappingIds());
        for (String id : Catalogs.mappingIds()) {
            assertEquals(id, Catalogs.mapping(id).id());
        }
        assertSame(SP800_53, Catalogs.mapping("nist-sp800-53r5-to-iso27001-2022"));
        assertSame(Catalogs.mapping2013To2022(), Catalogs.mapping("iso27001-2013-to-iso27002-2022"));
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> Catalogs.mapping("nist-800-53"));
        assertEquals("mapping set", e.kind());
        assertTrue(e.getMessage().contains("'nist-800-53'") && e.getMessage().contains(
                "nist-csf2.0-to-iso27001-2022"), e.getMessage());
        assertThrows(NullPointerException.class, () -> Catalogs.mapping(null));
    }
}
