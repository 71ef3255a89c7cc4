// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.internal.data.BuiltIns;
import dev.isms.core.Catalog;
import dev.isms.core.ProviderException;
import dev.isms.core.mapping.MappingSet;
import dev.isms.core.requirement.RequirementSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The entry point to the built-in catalogues and to those plugged in through
 * {@link dev.isms.catalog.spi.CatalogProvider}.
 *
 * <pre>{@code
 * Catalog iso = Catalogs.iso27002_2022();
 * int n = iso.query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE).count();
 * Optional<Catalog> acme = Catalogs.byId("acme:2025");
 * }</pre>
 *
 * <p>Each built-in is loaded once, on first use, and shared: later calls return the same instance without
 * locking. The built-ins hold ids, titles and attributes only, never the standards' text.
 *
 * @since 0.1
 */
public final class Catalogs {
    private Catalogs() {
    }

    /**
     * {@return ISO/IEC 27002:2022: 93 controls in four themes with their five attributes (id
     * {@code "iso27002:2022"})}
     *
     * @throws CatalogException if the built-in resource is missing or corrupt, naming it
     */
    public static Catalog iso27002_2022() {
        return BuiltIns.iso27002_2022();
    }

    /**
     * {@return ISO/IEC 27001:2013 Annex A: 114 controls in 14 domains and 35 objectives (id
     * {@code "iso27001:2013"})}
     *
     * @throws CatalogException if the built-in resource is missing or corrupt, naming it
     */
    public static Catalog iso27001_2013() {
        return BuiltIns.iso27001_2013();
    }

    /**
     * {@return the clauses 4 to 10 of ISO/IEC 27001:2022 with Amendment 1:2024 (id {@code "iso27001:2022"})}
     *
     * @throws CatalogException if the built-in resource is missing or corrupt, naming it
     */
    public static RequirementSet iso27001_2022Requirements() {
        return BuiltIns.iso27001_2022Requirements();
    }

    /**
     * {@return the official correspondence of ISO/IEC 27002:2022 Annex B from ISO/IEC 27001:2013 Annex A to
     * ISO/IEC 27002:2022; every row is {@code intersects-with}, as the table states correspondence only}
     *
     * @throws CatalogException if the built-in resource is missing or corrupt, naming it
     */
    public static MappingSet mapping2013To2022() {
        return BuiltIns.mapping2013To2022();
    }

    /**
     * {@return the ISO/IEC 27000 family register: current editions, unmodifiable, in number order}
     *
     * @throws CatalogException if the built-in resource is missing or corrupt, naming it
     */
    public static List<Standard> iso27000Family() {
        return BuiltIns.iso27000Family();
    }

    /**
     * Finds a catalogue among the built-ins and the providers registered with {@link java.util.ServiceLoader}.
     *
     * @param catalogId such as {@code "iso27002:2022"}, not null
     * @return the catalogue, or empty if none has the id
     * @throws ProviderException if providers clash or the one offering the id fails
     */
    public static Optional<Catalog> byId(String catalogId) {
        return DefaultRegistry.get().find(catalogId);
    }

    /**
     * Returns a catalogue that must exist among the built-ins and registered providers.
     *
     * @param catalogId such as {@code "iso27002:2022"}, not null
     * @return the catalogue
     * @throws dev.isms.core.UnknownIdException naming the id and the available ids if none has the id
     * @throws ProviderException if providers clash or the one offering the id fails
     */
    public static Catalog require(String catalogId) {
        return DefaultRegistry.get().require(catalogId);
    }

    /**
     * {@return the ids of the built-in and registered catalogues, sorted}
     *
     * @throws ProviderException if providers clash
     */
    public static Set<String> ids() {
        return DefaultRegistry.get().ids();
    }

    /**
     * {@return a builder of a registry with chosen providers, for tests and hosts without ServiceLoader}
     */
    public static CatalogRegistry.Builder builder() {
        return CatalogRegistry.builder();
    }

    /** Holds the default registry, discovered once on first use; a discovery failure fails every call. */
    private static final class DefaultRegistry {
        private static final CatalogRegistry REGISTRY;
        private static final ProviderException FAILURE;

        static {
            CatalogRegistry r = null;
            ProviderException f = null;
            try {
                r = CatalogRegistry.builder().build();
            } catch (ProviderException e) {
                f = e;
            }
            REGISTRY = r;
            FAILURE = f;
        }

        static CatalogRegistry get() {
            if (FAILURE != null) {
                throw new ProviderException(FAILURE.getMessage(), FAILURE);
            }
            return REGISTRY;
        }
    }
}
