// SPDX-License-Identifier: Apache-2.0
package org.example.catalogonly;

import dev.isms.catalog.CatalogException;
import dev.isms.catalog.Catalogs;
import dev.isms.catalog.LicensedText;
import dev.isms.catalog.json.CatalogJson;
import dev.isms.core.Catalog;
import dev.isms.core.Control;
import dev.isms.core.ControlType;
import dev.isms.core.SecurityProperty;
import dev.isms.core.Theme;
import java.io.StringReader;
import java.util.List;

/** Uses the catalogues with only isms-catalog declared: no Bean Validation provider anywhere. */
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
        List<Control> hits = iso.query().theme(Theme.TECHNOLOGICAL).any(ControlType.PREVENTIVE)
                .all(SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY).titleContains("crypt").list();
        Checks.check(hits.size() == 1 && hits.get(0).id().toString().equals("8.24"), "query found " + hits);

        Catalog withText = LicensedText.readCsv(new StringReader("id,text\n8.24,Our own licensed text.\n"), "texts.csv")
                .applyTo(iso);
        Checks.check(withText.require("8.24").text().isPresent(), "licensed text not applied");

        Checks.check(!Checks.present("org.hibernate.validator.HibernateValidator"),
                "hibernate-validator is on the path although only isms-catalog was declared");
        CatalogJson json = CatalogJson.defaults();
        String text = json.toJson(iso);     // writing needs no Bean Validation provider
        try {
            json.parseCatalog(text);
            throw new IllegalStateException("reading JSON worked without a Bean Validation provider");
        } catch (CatalogException e) {
            Checks.check(e.getMessage().contains("hibernate-validator"), "unclear message: " + e.getMessage());
        }
        System.out.println("catalog-only OK on the " + args[0] + ": " + hits.get(0).id() + " " + hits.get(0).title());
    }
}
