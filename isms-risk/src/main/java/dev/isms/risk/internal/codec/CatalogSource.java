// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.CatalogRegistry;
import dev.isms.catalog.Catalogs;
import dev.isms.core.Catalog;
import dev.isms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The catalogues a reader resolves control references against: a registry's (the standard registry of
 * {@link Catalogs} by default, looked up only when a document names a catalogue). Immutable.
 */
public final class CatalogSource {
    private final Supplier<CatalogRegistry> registry;

    private CatalogSource(Supplier<CatalogRegistry> registry) {
        this.registry = registry;
    }

    /** {@return the built-in catalogues and those of every provider ServiceLoader finds, looked up when needed} */
    public static CatalogSource standard() {
        return new CatalogSource(Catalogs::standard);
    }

    /**
     * {@return the catalogues of a registry}
     *
     * @param registry the registry
     */
    public static CatalogSource of(CatalogRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return new CatalogSource(() -> registry);
    }

    /**
     * {@return the catalogue of an id, or empty}
     *
     * @param catalogId the id
     */
    public Optional<Catalog> find(String catalogId) {
        return registry.get().find(catalogId);
    }

    /** {@return the ids a reader knows, for messages: at most 20 quoted, and how many in all} */
    public String known() {
        Set<String> ids = registry.get().ids();
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String id : ids) {
            if (n++ == Checks.JOIN_LIMIT) {
                return b.append(", … (").append(ids.size()).append(" in all)").toString();
            }
            b.append(b.length() == 0 ? "" : ", ").append(Checks.quote(id));
        }
        return b.length() == 0 ? "none" : b.toString();
    }
}
