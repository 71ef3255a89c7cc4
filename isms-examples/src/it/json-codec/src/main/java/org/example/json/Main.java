// SPDX-License-Identifier: Apache-2.0
package org.example.json;

import dev.isms.catalog.Catalogs;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.core.Catalog;
import dev.isms.core.FormatException;

/** Reads and writes JSON with isms-catalog and hibernate-validator declared. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the checks; exits non-zero (an exception) if one fails.
     *
     * @param args {@code module-path} or {@code class-path}: how this program was started
     */
    public static void main(String[] args) {
        Checks.launchedOn(args[0], Main.class);
        Catalog iso = Catalogs.iso27002_2022();
        CatalogJson json = CatalogJson.defaults();
        String text = json.toJson(iso);
        Checks.check(json.parseCatalog(text).equals(iso), "the JSON round trip changed the catalogue");
        try {
            json.parseCatalog(text.replace("\"Policies for information security\"", "\"  \""));
            throw new IllegalStateException("a blank title was accepted");
        } catch (FormatException e) {
            Checks.check(e.location().equals("/controls/0/title"), "blank title reported at " + e.location());
        }
        System.out.println("json-codec OK on the " + args[0] + ": " + iso.controls().size() + " controls read back");
    }
}
