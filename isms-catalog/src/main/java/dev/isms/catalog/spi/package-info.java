// SPDX-License-Identifier: Apache-2.0
/**
 * The plug-in interface through which catalogues beyond the built-in ones reach
 * {@link dev.isms.catalog.Catalogs}: implement {@link dev.isms.catalog.spi.CatalogProvider} and register it with
 * {@link java.util.ServiceLoader} or pass it to {@code Catalogs.builder().provider(p)}.
 *
 * <p>The registry validates what providers return: duplicate catalogue ids, a failing provider, a {@code null}
 * or mismatched catalogue all become a {@link dev.isms.core.ProviderException} naming the provider. Providers
 * must not return {@code null} and are called from any thread; the catalogues they return are immutable.
 */
package dev.isms.catalog.spi;
