// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.it;

import dev.isms.catalog.Catalogs;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;

/**
 * Run by {@link ModulePathTest} in a fresh JVM with isms and its dependencies on the module path: proves that the
 * codec works there, with hibernate-validator as a named module reaching the DTOs through the qualified
 * {@code opens}, and that the built-in provider is found by {@link java.util.ServiceLoader} through {@code provides}.
 */
public final class ModulePathMain {
    private ModulePathMain() {
    }

    /**
     * Checks the module set-up and prints {@code OK}, or throws.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        check(CatalogJson.class.getModule().isNamed(), "dev.isms.catalog is not a named module");
        check(ModuleLayer.boot().findModule("org.hibernate.validator").isPresent(),
                "hibernate-validator is not resolved as a named module");
        Catalog iso = Catalogs.iso27002_2022();
        CatalogJson json = CatalogJson.defaults();
        check(json.parseCatalog(json.toJson(iso)).equals(iso), "JSON round trip changed the catalogue");
        String blankTitle = json.toJson(iso).replace("\"Policies for information security\"", "\"  \"");
        try {
            json.parseCatalog(blankTitle);
            throw new IllegalStateException("a blank title was accepted");
        } catch (FormatException e) {
            check(e.location().equals("/controls/0/title"), "blank title reported at " + e.location());
        }
        check(Catalogs.find("iso27001:2013").isPresent(), "the built-in provider was not found");
        check(Catalogs.mapping("nist-sp800-53r5-to-iso27001-2022").mappings().size() == 642,
                "the NIST SP 800-53 crosswalk did not load from the module");
        check(Catalogs.iso27000Family().size() > 40, "the standards register did not load from the module");
        System.out.println("OK");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
