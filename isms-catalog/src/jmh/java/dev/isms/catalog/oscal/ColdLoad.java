// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import dev.isms.core.Catalog;
import java.nio.file.Path;

/**
 * A fresh JVM's whole job for {@code src/jmh/sh/oscal-startup.sh}: read an OSCAL catalog file with isms and print
 * its number of controls.
 */
public final class ColdLoad {
    private ColdLoad() {
    }

    /**
     * Prints the number of controls.
     *
     * @param args the catalog file
     */
    public static void main(String[] args) {
        Catalog c = Oscal.readCatalog(Path.of(args[0]));
        System.out.println(c.size());
    }
}
