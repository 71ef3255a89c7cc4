// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.internal.BuiltInCatalogProvider;
import dev.isms.catalog.internal.ProviderRegistry;
import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import dev.isms.core.ProviderException;
import dev.isms.core.UnknownIdException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A set of catalogue providers with look-up by catalogue id: the built-ins, those found with
 * {@link java.util.ServiceLoader} and those passed in explicitly. {@link Catalogs#byId(String)} uses a default
 * registry; build your own with {@link Catalogs#builder()} to choose the providers without ServiceLoader.
 *
 * <pre>{@code
 * CatalogRegistry r = Catalogs.builder().provider(new AcmeProvider()).serviceLoader(false).build();
 * Catalog acme = r.require("acme:2025");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each catalogue is loaded once, on first look-up.
 *
 * @since 0.1
 */
public final class CatalogRegistry {
    private final ProviderRegistry providers;

    private CatalogRegistry(ProviderRegistry providers) {
        this.providers = providers;
    }

    /**
     * Finds a catalogue by id.
     *
     * @param catalogId such as {@code "iso27002:2022"}, not null
     * @return the catalogue, or empty if no provider offers the id
     * @throws ProviderException if the provider fails or returns null or a catalogue with another id
     */
    public Optional<Catalog> find(String catalogId) {
        return providers.find(catalogId);
    }

    /**
     * Returns a catalogue that must exist.
     *
     * @param catalogId such as {@code "iso27002:2022"}, not null
     * @return the catalogue
     * @throws dev.isms.core.UnknownIdException naming the id and the available ids if no provider offers it
     * @throws ProviderException if the provider fails or returns null or a catalogue with another id
     */
    public Catalog require(String catalogId) {
        Optional<Catalog> c = providers.find(catalogId);
        if (c.isEmpty()) {
            throw new UnknownIdException("catalogue", catalogId, "the catalogue registry (known: " + providers.ids()
                    + ")");
        }
        return c.get();
    }

    /** {@return the ids of every catalogue offered, sorted} */
    public Set<String> ids() {
        return providers.ids();
    }

    /** {@return a string naming the catalogue ids} */
    @Override
    public String toString() {
        return "CatalogRegistry" + ids();
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * Chooses the providers of a {@link CatalogRegistry}. By default it holds the built-ins and the providers
     * found with {@link java.util.ServiceLoader}. A builder is not thread-safe.
     */
    public static final class Builder {
        private final List<CatalogProvider> explicit = new ArrayList<>();
        private boolean serviceLoader = true;
        private boolean builtIns = true;

        private Builder() {
        }

        /**
         * Adds a provider.
         *
         * @param provider the provider, not null
         * @return this builder
         */
        public Builder provider(CatalogProvider provider) {
            explicit.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * Chooses whether providers registered with {@link java.util.ServiceLoader} are added (default true).
         *
         * @param enabled false for a registry of the built-ins and explicit providers only
         * @return this builder
         */
        public Builder serviceLoader(boolean enabled) {
            this.serviceLoader = enabled;
            return this;
        }

        /**
         * Chooses whether the built-in catalogues are included (default true).
         *
         * @param enabled false to leave them out
         * @return this builder
         */
        public Builder builtIns(boolean enabled) {
            this.builtIns = enabled;
            return this;
        }

        /**
         * Builds the registry, asking each provider for its catalogue ids; no catalogue is loaded yet.
         *
         * @return the registry
         * @throws ProviderException if two providers share an id or a catalogue id (naming both), or a provider
         *         fails to answer
         */
        public CatalogRegistry build() {
            List<CatalogProvider> all = new ArrayList<>();
            if (builtIns) {
                all.add(new BuiltInCatalogProvider());
            }
            if (serviceLoader) {
                for (CatalogProvider p : ProviderRegistry.discover()) {
                    if (!(p instanceof BuiltInCatalogProvider)) {
                        all.add(p);
                    }
                }
            }
            all.addAll(explicit);
            return new CatalogRegistry(new ProviderRegistry(all));
        }
    }
}
