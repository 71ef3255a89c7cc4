// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.spi.CatalogProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

    @Test
    void discoversTheBuiltInAndTheTestProviderWithServiceLoader() {
        List<String> classes = new ArrayList<>();
        for (CatalogProvider p : ProviderRegistry.discover()) {
            classes.add(p.getClass().getName());
        }
        assertTrue(classes.contains(BuiltInCatalogProvider.class.getName()), classes.toString());
        assertTrue(classes.contains("dev.isms.catalog.ServiceLoadedTestProvider"), classes.toString());
    }

    @Test
    void builtInProviderRejectsAnUnknownIdNamingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BuiltInCatalogProvider().load("x"));
        assertTrue(e.getMessage().endsWith("but was 'x'"), e.getMessage());
        assertEquals("isms-builtin", new BuiltInCatalogProvider().id());
    }

    @Test
    void neverReturnsNullForUnknownIds() {
        ProviderRegistry r = new ProviderRegistry(List.of(new BuiltInCatalogProvider()));
        assertTrue(r.find("nope").isEmpty());
        assertEquals(List.of("iso27001:2013", "iso27002:2022"), new ArrayList<>(r.ids()));
    }
}
