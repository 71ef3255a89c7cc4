// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.spi;

import dev.isms.core.Catalog;
import java.util.Set;

/**
 * A source of catalogues that plugs into {@code dev.isms.catalog.Catalogs}: a company's own control set, a
 * sector catalogue, or a licensed edition with text.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} (declare {@code provides
 * dev.isms.catalog.spi.CatalogProvider with ...} in a module, or list the class in
 * {@code META-INF/services/dev.isms.catalog.spi.CatalogProvider}) or passed in explicitly with
 * {@code Catalogs.builder().provider(p)}. Two providers must not offer the same catalogue id: the registry
 * then fails with a {@link dev.isms.core.ProviderException} naming both.
 *
 * @since 0.1
 */
public interface CatalogProvider {

    /**
     * {@return this provider's id, unique among providers, such as {@code "acme-controls"}; not blank}
     */
    String id();

    /**
     * {@return the ids of the catalogues this provider offers; must be cheap: no catalogue is loaded to answer}
     */
    Set<String> catalogIds();

    /**
     * Loads one catalogue. The registry calls it at most once per id and keeps the result.
     *
     * @param catalogId one of {@link #catalogIds()}, not null
     * @return the catalogue, whose {@link Catalog#id()} equals {@code catalogId}; never null
     */
    Catalog load(String catalogId);
}
