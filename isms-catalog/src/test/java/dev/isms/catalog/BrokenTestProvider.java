// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import java.util.Set;

/** A provider that cannot be instantiated, registered with ServiceLoader only by {@link BrokenProviderMain}'s JVM. */
public final class BrokenTestProvider implements CatalogProvider {
    /** Fails, as a provider with a missing dependency would. */
    public BrokenTestProvider() {
        throw new IllegalStateException("missing licence file");
    }

    @Override
    public String id() {
        return "broken";
    }

    @Override
    public Set<String> catalogIds() {
        return Set.of();
    }

    @Override
    public Catalog load(String catalogId) {
        throw new UnsupportedOperationException();
    }
}
