// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog;

import dev.isms.catalog.spi.CatalogProvider;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import java.util.Set;

/** A provider registered in the test {@code META-INF/services} file, to show ServiceLoader discovery. */
public final class ServiceLoadedTestProvider implements CatalogProvider {
    /** Called by ServiceLoader. */
    public ServiceLoadedTestProvider() {
        // stateless
    }

    @Override
    public String id() {
        return "test-service-loaded";
    }

    @Override
    public Set<String> catalogIds() {
        return Set.of("test:service-loaded");
    }

    @Override
    public Catalog load(String catalogId) {
        return Catalog.builder(catalogId, "Service-loaded test catalogue").control(Control.of("T.1", "One")).build();
    }
}
