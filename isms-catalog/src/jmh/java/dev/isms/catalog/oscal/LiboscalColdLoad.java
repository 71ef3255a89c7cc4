// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.Catalog;
import java.io.IOException;
import java.nio.file.Path;

/** The same job as {@link ColdLoad} done by liboscal-java, for the comparison in {@code oscal-startup.sh}. */
public final class LiboscalColdLoad {
    private LiboscalColdLoad() {
    }

    /**
     * Prints the number of controls.
     *
     * @param args the catalog file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Catalog c = OscalBindingContext.instance().newBoundLoader().load(Catalog.class, Path.of(args[0]));
        System.out.println(LiboscalCount.controls(c));
    }
}
