// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.core.Catalog;
import dev.isms.core.ControlId;
import dev.isms.core.ControlType;
import dev.isms.core.SecurityProperty;
import dev.isms.core.Theme;
import dev.isms.core.UnknownIdException;
import dev.isms.core.mapping.MappingSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogsTest {

    @Test
    void loadsIso27002OnceAndSharesIt() {
        Catalog c = Catalogs.iso27002_2022();
        assertSame(c, Catalogs.iso27002_2022());
        assertEquals("iso27002:2022", c.id());
        assertEquals(93, c.size());
        assertEquals("Policies for information security", c.require("5.1").title());
        assertEquals("1", c.metadata().get("contentVersion"));
        assertEquals(64, c.metadata().get("sourceSha256").length());
    }

    @Test
    void answersTheFirstQuery() {
        int n = Catalogs.iso27002_2022().query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE)
                .all(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY).count();
        assertTrue(n > 0 && n <= 34, "technological preventive C+I controls: " + n);
    }

    @Test
    void loadsIso27001AnnexAWithDomainsAndObjectives() {
        Catalog c = Catalogs.iso27001_2013();
        assertEquals("iso27001:2013", c.id());
        assertEquals(114, c.size());
        assertEquals(49, c.groups().size());
        assertEquals("A.5.1", c.require("A.5.1.1").group().orElseThrow());
        assertEquals("A.5", c.group("A.5.1").orElseThrow().parent().orElseThrow());
    }

    @Test
    void loadsTheClausesOf27001() {
        var r = Catalogs.iso27001_2022Requirements();
        assertEquals("iso27001:2022", r.id());
        assertEquals(41, r.requirements().size());
        assertEquals(14, r.documentedInformation().size());
        assertEquals(List.of("4.1", "4.2"), ids(r.amended()));
        assertSame(r, Catalogs.iso27001_2022Requirements());
    }

    private static List<String> ids(List<dev.isms.core.requirement.Requirement> rs) {
        List<String> out = new ArrayList<>();
        rs.forEach(r -> out.add(r.id().toString()));
        return out;
    }

    @Test
    void mapsTheNewControlsToNothing() {
        MappingSet m = Catalogs.mapping2013To2022();
        assertEquals(List.of("5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"),
                m.targetsWithoutSource(Catalogs.iso27002_2022()).stream().map(ControlId::toString).toList());
        assertEquals(List.of(), m.sourcesWithoutTarget(Catalogs.iso27001_2013()));
        assertEquals("iso27001:2013", m.sourceCatalogId());
        assertTrue(m.metadata().get("relationship").contains("intersects-with"));
    }

    @Test
    void listsTheFamilyWithDesignations() {
        List<Standard> family = Catalogs.iso27000Family();
        assertEquals(46, family.size());
        List<String> designations = family.stream().map(Standard::designation).toList();
        assertTrue(designations.contains("ISO/IEC 27005:2022"));
        assertTrue(designations.contains("ISO/IEC 27006-1:2024"));
        assertTrue(designations.contains("ISO/IEC TS 27006-2:2021"));
        assertTrue(designations.contains("ISO 27799:2025"));
        assertThrows(UnsupportedOperationException.class, () -> family.remove(0));
    }

    @Test
    void findsBuiltInsById() {
        assertSame(Catalogs.iso27002_2022(), Catalogs.find("iso27002:2022").orElseThrow());
        assertSame(Catalogs.iso27001_2013(), Catalogs.require("iso27001:2013"));
        assertTrue(Catalogs.ids().containsAll(List.of("iso27001:2013", "iso27002:2022")));
        assertTrue(Catalogs.find("nist:800-53").isEmpty());
    }

    @Test
    void requireNamesTheIdAndTheAvailableIds() {
        UnknownIdException e = assertThrows(UnknownIdException.class, () -> Catalogs.require("iso27002:2013"));
        assertTrue(e.getMessage().contains("'iso27002:2013'"), e.getMessage());
        assertTrue(e.getMessage().contains("'iso27001:2013', 'iso27002:2022'"), e.getMessage());
    }

    @Test
    void findsProvidersRegisteredWithServiceLoader() {
        assertEquals("test:service-loaded", Catalogs.require("test:service-loaded").id());
    }
}
