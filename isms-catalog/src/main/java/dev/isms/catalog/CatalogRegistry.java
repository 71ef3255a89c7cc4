// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.internal.BuiltInCatalogProvider;
import dev.isms.catalog.internal.ProviderRegistry;
import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import dev.isms.core.ProviderException;
import dev.isms.core.UnknownIdException;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A set of catalogue providers with look-up by catalogue id: the built-ins, those found with
 * {@link java.util.ServiceLoader} and those passed in explicitly. {@link #standard()} (also
 * {@link Catalogs#standard()}) is the shared registry of the built-ins and every provider ServiceLoader finds;
 * {@link #builder()} (also {@link Catalogs#builder()}) chooses the providers, for tests and hosts without
 * ServiceLoader, as {@code RiskEngine.standard()} and {@code RiskEngine.builder()} do for scorers.
 *
 * <pre>{@code
 * Catalog iso = CatalogRegistry.standard().require("iso27002:2022");
 * CatalogRegistry r = CatalogRegistry.builder().provider(new AcmeProvider()).serviceLoader(false).build();
 * Catalog acme = r.require("acme:2025");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each catalogue is loaded once, on first look-up.
 *
 * @since 0.1
 */
public final class CatalogRegistry {
    /** Guards the creation of the standard registry. */
    private static final Object STANDARD_LOCK = new Object();
    /** The standard registry once discovery succeeded; a failed discovery is tried again on the next call. */
    private static volatile CatalogRegistry standard;

    private final ProviderRegistry providers;

    private CatalogRegistry(ProviderRegistry providers) {
        this.providers = providers;
    }

    /**
     * Returns the shared registry of the built-in catalogues and every provider {@link java.util.ServiceLoader}
     * finds, discovered on first use; later calls return the same instance.
     *
     * @return the standard registry
     * @throws ProviderException on every call while discovery fails: a provider that cannot be instantiated
     *         (the {@link java.util.ServiceConfigurationError} is the cause), fails in {@code id()} or
     *         {@code catalogIds()}, or clashes with another
     */
    public static CatalogRegistry standard() {
        CatalogRegistry r = standard;
        if (r == null) {
            synchronized (STANDARD_LOCK) {
                r = standard;
                if (r == null) {
                    r = builder().build();
                    standard = r;
                }
            }
        }
        return r;
    }

    /**
     * {@return a builder of a registry with chosen providers; by default the built-ins and the providers
     * ServiceLoader finds}
     */
    public static Builder builder() {
        return new Builder();
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
            throw new UnknownIdException("catalogue", catalogId, "the catalogue registry (known: "
                    + known(providers.ids()) + ")");
        }
        return c.get();
    }

    /** {@return at most 20 ids, quoted, and how many there are in all} */
    static String known(Set<String> ids) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String id : ids) {
            if (n++ == 20) {
                return b.append(", … (").append(ids.size()).append(" in all)").toString();
            }
            b.append(b.length() == 0 ? "" : ", ").append(Checks.quote(id));
        }
        return b.toString();
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
         * @throws ProviderException if two providers share an id or a catalogue id (naming both), a provider
         *         registered with ServiceLoader cannot be instantiated, or a provider fails to answer
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
