// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.isms.catalog.CatalogRegistry;
import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ProviderException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A vendor's provider as a GRC vendor would write it: a sector framework beside the built-ins. */
class CatalogProviderTest {

    /** Provides one sector catalogue. */
    static final class SectorFramework implements CatalogProvider {
        @Override
        public String id() {
            return "acme-sector";
        }

        @Override
        public Set<String> catalogIds() {
            return Set.of("acme:energy-2026");
        }

        @Override
        public Catalog load(String catalogId) {
            return Catalog.builder("acme:energy-2026", "ACME energy sector controls").edition("2026").publisher("ACME")
                    .control(Control.of("EN.1", "Grid segment isolation")).build();
        }
    }

    /** Claims a built-in id. */
    static final class Squatter implements CatalogProvider {
        @Override
        public String id() {
            return "squatter";
        }

        @Override
        public Set<String> catalogIds() {
            return Set.of("iso27002:2022");
        }

        @Override
        public Catalog load(String catalogId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void addsCataloguesBesideTheBuiltIns() {
        CatalogRegistry r = Catalogs.builder().serviceLoader(false).provider(new SectorFramework()).build();
        assertTrue(r.ids().containsAll(Set.of("acme:energy-2026", "iso27002:2022")), r.ids().toString());
        assertEquals("Grid segment isolation", r.require("acme:energy-2026").require("EN.1").title());
    }

    @Test
    void aDuplicateCatalogueIdFailsFastNamingBothProviders() {
        ProviderException e = assertThrows(ProviderException.class, () -> Catalogs.builder().serviceLoader(false)
                .provider(new Squatter()).build());
        assertTrue(e.getMessage().contains("squatter") && e.getMessage().contains("iso27002:2022"), e.getMessage());
    }
}
