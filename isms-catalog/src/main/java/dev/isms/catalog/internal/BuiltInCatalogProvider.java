// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal;

import dev.isms.catalog.internal.data.BuiltIns;
import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import java.util.Set;

/**
 * Offers the built-in catalogues through the SPI, so that they and plugged-in catalogues share one registry.
 * Listed in {@code module-info} and {@code META-INF/services}; loading delegates to {@link BuiltIns}, which keeps
 * one instance of each.
 */
public final class BuiltInCatalogProvider implements CatalogProvider {
    /** This provider's id. */
    public static final String ID = "isms-builtin";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public BuiltInCatalogProvider() {
        // nothing to set up: the data loads lazily
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> catalogIds() {
        return Set.of("iso27002:2022", "iso27001:2013");
    }

    @Override
    public Catalog load(String catalogId) {
        switch (catalogId) {
            case "iso27002:2022":
                return BuiltIns.iso27002_2022();
            case "iso27001:2013":
                return BuiltIns.iso27001_2013();
            default:
                throw new IllegalArgumentException("catalogId must be one of " + catalogIds() + " but was '"
                        + catalogId + "'");
        }
    }
}
