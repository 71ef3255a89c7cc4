// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.Catalogs;
import dev.isms.catalog.internal.data.CompactReader;
import dev.isms.catalog.internal.data.CompactWriter;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlId;
import dev.isms.core.mapping.Mapping;
import dev.isms.core.mapping.MappingSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NIST SP 800-53 rev5 (../shared/oscal) read, queried, written and read again. */
class OscalNistTest {
    private static Catalog nist;

    @BeforeAll
    static void read() {
        nist = OscalData.nist();
    }

    @Test
    void holdsEveryControlAndEnhancementInTwentyFamilies() {
        assertEquals(1189, nist.size());
        assertEquals(1189, nist.statistics().total());
        assertEquals(20, nist.groups().size());
        assertEquals("family", nist.groups().get(0).kind());
        assertEquals(322, nist.query().matching(c -> c.parent().isEmpty()).count());
        assertEquals("NIST Special Publication 800-53 Revision 5: Security and Privacy Controls for Federal"
                + " Information Systems and Organizations", nist.title());
        assertEquals("5.0.1", nist.edition());
        assertEquals("Joint Task Force, Interagency Working Group", nist.publisher());
        assertEquals("oscal:613fca2d-704a-42e7-8e2b-b206fb92b456", nist.id());
    }

    @Test
    void enhancementsAreReachableFromTheirParentAndFoundByTheQueryApi() {
        ControlId ac2 = ControlId.parse("ac-2");
        List<Control> children = nist.children(ac2);
        assertEquals(13, children.size());
        assertEquals("ac-2.1", children.get(0).id().toString());
        assertEquals(Optional.of(ac2), nist.require("ac-2.1").parent());
        assertEquals(Optional.of("ac"), nist.require("ac-2.1").group());
        assertEquals(147, nist.query().inGroup("ac").count(), "25 AC controls and 122 enhancements");
        assertEquals(List.of(ControlId.parse("ac-2.1")), nist.query().titleContains("automated system account")
                .ids());
    }

    @Test
    void idsFromLabelsJoinNistsCrosswalkToIso27001() {
        Catalog labelled = Oscal.readCatalog(OscalData.nistCatalog(), OscalOptions.builder().idsFromLabels(true)
                .catalogId("nist-sp800-53:rev5").build());
        assertEquals(1189, labelled.size());
        Control atypical = labelled.require("AC-2(12)");
        assertEquals(Optional.of(ControlId.parse("AC-2")), atypical.parent());
        assertEquals(nist.require("ac-2.12").title(), atypical.title());
        MappingSet crosswalk = Catalogs.nistSp800_53r5ToIso27001_2022();
        List<ControlId> unknown = crosswalk.mappings().stream().map(Mapping::sourceId).distinct()
                .filter(id -> !labelled.contains(id)).toList();
        assertEquals(List.of(), unknown, "every 800-53 id of NIST's crosswalk names a control of the import");
        assertEquals(List.of(ControlId.parse("A.8.16")), crosswalk.targetsOf(atypical.id()));
    }

    @Test
    void withdrawnControlsAreKeptAndListedOrSkipped() {
        String withdrawn = nist.metadata().get("oscal.withdrawn");
        assertEquals(182, withdrawn.split(" ").length);
        assertTrue(withdrawn.startsWith("ac-2.10 "), withdrawn.substring(0, 40));
        Catalog active = Oscal.readCatalog(OscalData.nistCatalog(), OscalOptions.builder().keepWithdrawn(false)
                .catalogId("nist-sp800-53:rev5").build());
        assertEquals(1007, active.size());
        assertEquals("nist-sp800-53:rev5", active.id());
        assertEquals(Optional.empty(), active.find("ac-13"));
        assertEquals(null, active.metadata().get("oscal.withdrawn"));
    }

    @Test
    void statementPartsBecomeTheControlText() {
        String text = nist.require("ac-2").text().orElseThrow();
        assertTrue(text.startsWith("a. Define and document the types of accounts allowed"), text);
        assertTrue(text.contains("\n  1. Authorized users of the system;"), text);
        assertEquals(Optional.empty(), nist.require("ac-13").text());
    }

    @Test
    void readWriteReadIsStableAndSoAreTheBytes() {
        String first = Oscal.toJson(nist, OscalOptions.defaults());
        Catalog again = Oscal.parseCatalog(first);
        assertEquals(nist, again);
        assertArrayEquals(first.getBytes(StandardCharsets.UTF_8),
                Oscal.toJson(again, OscalOptions.defaults()).getBytes(StandardCharsets.UTF_8));
        assertTrue(first.contains("\"last-modified\": \"2021-06-08T13:57:33.013981-04:00\""));
        assertTrue(first.contains("\"id\": \"ac-2.1\""), "OSCAL ids that are tokens stay");
    }

    @Test
    void theImportedCatalogueRoundTripsThroughTheIsmsJsonCodecAndTheCompactFormWithItsParents() {
        CatalogJson json = CatalogJson.defaults();
        Catalog back = json.parseCatalog(json.toJson(nist));
        assertEquals(nist, back);
        assertEquals(nist.children(ControlId.parse("ac-2")), back.children(ControlId.parse("ac-2")));
        assertEquals(nist, CompactReader.read(CompactWriter.write(nist), "nist.bin"));
    }

    @Test
    void theResolvedModerateCatalogueOfRelease511ReadsToo() {
        Catalog moderate = Oscal.readCatalog(OscalData.moderateResolved());
        assertEquals(287, moderate.size());
        assertEquals("5.1.1+u4", moderate.edition());
    }
}
