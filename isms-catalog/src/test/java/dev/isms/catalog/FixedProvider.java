// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A test provider with a chosen id, catalogue ids and loading behaviour; counts its loads. */
final class FixedProvider implements CatalogProvider {
    private final String id;
    private final Set<String> catalogIds;
    private final Function<String, Catalog> loader;
    final AtomicInteger loads = new AtomicInteger();

    FixedProvider(String id, Set<String> catalogIds, Function<String, Catalog> loader) {
        this.id = id;
        this.catalogIds = catalogIds;
        this.loader = loader;
    }

    static FixedProvider of(String id, String... catalogIds) {
        return new FixedProvider(id, Set.of(catalogIds), c -> Catalog.builder(c, "Test " + c).build());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<String> catalogIds() {
        return catalogIds;
    }

    @Override
    public Catalog load(String catalogId) {
        loads.incrementAndGet();
        return loader.apply(catalogId);
    }
}
