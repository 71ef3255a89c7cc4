// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal;

import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import dev.isms.core.ProviderException;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that calls {@link ServiceLoader} for catalogue providers, and the index behind every registry: it
 * rejects duplicate ids naming both providers, checks what each provider returns, and loads each catalogue once.
 * Whatever a provider throws (an exception, a linkage error, a {@link ServiceConfigurationError}) becomes a
 * {@link ProviderException} naming it.
 */
public final class ProviderRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);

    private final Map<String, CatalogProvider> byCatalogId;
    private final Map<CatalogProvider, String> names = new IdentityHashMap<>();
    private final Map<String, Catalog> loaded = new ConcurrentHashMap<>();

    /**
     * Indexes providers.
     *
     * @param providers the providers, in priority order for messages; not null
     * @throws ProviderException if two providers share an id or offer the same catalogue id, or a provider's
     *         {@code id()} or {@code catalogIds()} fails
     */
    public ProviderRegistry(List<CatalogProvider> providers) {
        Map<String, CatalogProvider> byId = new HashMap<>();
        Map<String, CatalogProvider> index = new TreeMap<>();
        for (CatalogProvider p : providers) {
            Objects.requireNonNull(p, "provider");
            String id = providerId(p);
            names.put(p, "catalog provider '" + id + "' (" + p.getClass().getName() + ")");
            CatalogProvider before = byId.put(id, p);
            if (before != null) {
                throw new ProviderException("catalog provider ids must be unique but '" + id + "' is used by "
                        + before.getClass().getName() + " and " + p.getClass().getName());
            }
            Set<String> ids = catalogIds(p);
            LOG.debug("catalog provider '{}' ({}) offers {}", id, p.getClass().getName(), ids);
            for (String catalogId : ids) {
                CatalogProvider other = index.put(catalogId, p);
                if (other != null) {
                    throw new ProviderException("catalogue id " + Checks.quote(catalogId) + " must have one provider"
                            + " but is offered by " + names.get(other) + " and " + names.get(p));
                }
            }
        }
        this.byCatalogId = Collections.unmodifiableMap(index);
    }

    /**
     * Finds the providers registered with {@link ServiceLoader}.
     *
     * @return the providers in discovery order
     * @throws ProviderException if a provider cannot be found or instantiated
     */
    public static List<CatalogProvider> discover() {
        List<CatalogProvider> out = new ArrayList<>();
        try {
            Iterator<CatalogProvider> it = ServiceLoader.load(CatalogProvider.class).iterator();
            while (it.hasNext()) {
                out.add(it.next());
            }
        } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            String prefix = CatalogProvider.class.getName() + ": ";
            message = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            Throwable cause = e.getCause();
            throw new ProviderException("a catalog provider registered with ServiceLoader cannot be loaded: "
                    + Checks.quote(message) + (cause == null ? "" : " (" + cause.getClass().getName() + ": "
                    + Checks.quote(cause.getMessage()) + ")"), e);
        }
        return out;
    }

    /**
     * Finds a catalogue, loading it from its provider on first use.
     *
     * @param catalogId the id, not null
     * @return the catalogue, or empty if no provider offers the id
     * @throws ProviderException if the provider fails or returns null or a catalogue with another id
     */
    public Optional<Catalog> find(String catalogId) {
        Objects.requireNonNull(catalogId, "catalogId");
        Catalog c = loaded.get(catalogId);
        if (c != null) {
            return Optional.of(c);
        }
        CatalogProvider p = byCatalogId.get(catalogId);
        if (p == null) {
            return Optional.empty();
        }
        Catalog fresh = load(p, catalogId);
        Catalog raced = loaded.putIfAbsent(catalogId, fresh);
        return Optional.of(raced == null ? fresh : raced);
    }

    /** {@return every catalogue id offered, sorted} */
    public Set<String> ids() {
        return Collections.unmodifiableSet(new TreeSet<>(byCatalogId.keySet()));
    }

    private Catalog load(CatalogProvider p, String catalogId) {
        Catalog c;
        try {
            c = p.load(catalogId);
        } catch (RuntimeException | LinkageError e) {
            throw new ProviderException(names.get(p) + " failed to load catalogue " + Checks.quote(catalogId) + ": "
                    + Checks.quote(e.getMessage()), e);
        }
        if (c == null) {
            throw new ProviderException(names.get(p) + " must return a catalogue for " + Checks.quote(catalogId)
                    + " but returned null");
        }
        if (!c.id().equals(catalogId)) {
            throw new ProviderException(names.get(p) + " must return catalogue " + Checks.quote(catalogId)
                    + " but returned catalogue " + Checks.quote(c.id()));
        }
        return c;
    }

    private static String providerId(CatalogProvider p) {
        String id;
        try {
            id = p.id();
        } catch (RuntimeException | LinkageError e) {
            throw new ProviderException("catalog provider " + p.getClass().getName() + " failed in id(): "
                    + Checks.quote(e.getMessage()), e);
        }
        if (id == null || id.isBlank()) {
            throw new ProviderException("catalog provider " + p.getClass().getName()
                    + " must have a non-blank id but has " + Checks.quote(id));
        }
        return id;
    }

    private Set<String> catalogIds(CatalogProvider p) {
        Set<String> ids;
        try {
            ids = p.catalogIds();
            boolean hasNull = ids == null;
            for (String s : hasNull ? Set.<String>of() : ids) {
                hasNull |= s == null;
            }
            if (!hasNull) {
                return Set.copyOf(ids);
            }
        } catch (RuntimeException | LinkageError e) {
            throw new ProviderException(names.get(p) + " failed in catalogIds(): " + Checks.quote(e.getMessage()), e);
        }
        throw new ProviderException(names.get(p) + " must return catalogue ids without null but returned "
                + (ids == null ? "null" : "a set holding null"));
    }
}
