// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.CatalogException;
import dev.isms.core.Catalog;
import org.junit.jupiter.api.Test;

class BuiltInsTest {

    @Test
    void aMissingResourceIsACatalogExceptionNamingItAndHowItIsMade() {
        CatalogException e = assertThrows(CatalogException.class, () -> BuiltIns.load("nowhere.json"));
        assertEquals("built-in data 'dev/isms/catalog/internal/data/nowhere.bin' must be on the class path or in"
                + " module dev.isms.catalog but is missing (the build compiles it from 'nowhere.json' in the"
                + " process-classes phase)", e.getMessage());
    }

    @Test
    void aCorruptResourceIsACatalogExceptionNamingIt() {
        CatalogException e = assertThrows(CatalogException.class, () -> BuiltIns.load("corrupt-test.json"));
        assertTrue(e.getMessage().startsWith("built-in data 'dev/isms/catalog/internal/data/corrupt-test.bin' is"
                + " corrupt: "), e.getMessage());
    }

    @Test
    void loadsEachKindOnceAndSharesIt() {
        Catalog c = (Catalog) BuiltIns.load(BuiltIns.ISO27002_2022);
        assertEquals(BuiltIns.iso27002_2022(), c);
        assertSame(BuiltIns.iso27002_2022(), BuiltIns.iso27002_2022());
        assertEquals(BuiltIns.iso27001_2022Requirements(), BuiltIns.load(BuiltIns.ISO27001_2022_REQUIREMENTS));
        assertEquals(BuiltIns.mapping(BuiltIns.MAPPING_2013_2022_ID), BuiltIns.load(BuiltIns.MAPPING_2013_2022));
        assertEquals(BuiltIns.iso27000Family(), BuiltIns.load(BuiltIns.ISO27000_FAMILY));
        for (String id : BuiltIns.MAPPING_IDS) {
            assertEquals(id, BuiltIns.mapping(id).id());
            assertSame(BuiltIns.mapping(id), BuiltIns.mapping(id));
        }
        assertNull(BuiltIns.mapping("nope"));
    }

    @Test
    void namesTheCompactFormAfterTheJsonResource() {
        assertEquals("iso27002-2022.bin", BuiltIns.compactName("iso27002-2022.json"));
        assertEquals("x.bin", BuiltIns.compactName("x"));
    }
}
