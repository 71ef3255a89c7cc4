// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.CatalogException;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;
import org.junit.jupiter.api.Test;

class BuiltInsTest {

    @Test
    void aMissingResourceIsACatalogExceptionNamingIt() {
        CatalogException e = assertThrows(CatalogException.class, () -> BuiltIns.load("nowhere.json", "catalog"));
        assertEquals("built-in resource 'dev/isms/catalog/internal/data/nowhere.json' must be on the class path or"
                + " in module dev.isms.catalog but is missing", e.getMessage());
    }

    @Test
    void aCorruptResourceNamesItAndTheLocation() {
        FormatException e = assertThrows(FormatException.class,
                () -> BuiltIns.load("corrupt-test.json", "catalog"));
        assertEquals("dev/isms/catalog/internal/data/corrupt-test.json", e.resource());
        assertEquals("/controls/1/title", e.location());
        assertTrue(e.getMessage().contains("line 6, column 30"), e.getMessage());
    }

    @Test
    void anInvalidResourceListsEveryProblem() {
        FormatException e = assertThrows(FormatException.class,
                () -> BuiltIns.load("invalid-test.json", "catalog"));
        assertEquals(4, e.problems().size(), e.getMessage());
        assertEquals("/formatVersion", e.problems().get(0).location());
        assertEquals("/controls/0/attributes/controlTypes/0", e.problems().get(1).location());
        assertEquals("/controls/0/attributes/securityProperties/1", e.problems().get(2).location());
        assertEquals("/controls/1/colour", e.problems().get(3).location());
    }

    @Test
    void loadsEachKind() {
        Catalog c = (Catalog) BuiltIns.load(BuiltIns.ISO27002_2022, "catalog");
        assertEquals(BuiltIns.iso27002_2022(), c);
        assertEquals(BuiltIns.iso27001_2022Requirements(), BuiltIns.load(BuiltIns.ISO27001_2022_REQUIREMENTS,
                "requirements"));
        assertEquals(BuiltIns.mapping2013To2022(), BuiltIns.load(BuiltIns.MAPPING_2013_2022, "mapping"));
        assertEquals(BuiltIns.iso27000Family(), BuiltIns.load(BuiltIns.ISO27000_FAMILY, "standards"));
        assertThrows(IllegalArgumentException.class, () -> BuiltIns.load(BuiltIns.ISO27000_FAMILY, "poem"));
    }
}
