// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import gov.nist.secauto.oscal.lib.model.Catalog;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.Control;
import java.util.List;

/** Counts the controls (with their child controls) of a catalog liboscal-java has loaded. */
final class LiboscalCount {
    private LiboscalCount() {
    }

    static int controls(Catalog c) {
        return count(c.getControls()) + groups(c.getGroups());
    }

    private static int groups(List<CatalogGroup> groups) {
        int n = 0;
        for (CatalogGroup g : groups == null ? List.<CatalogGroup>of() : groups) {
            n += count(g.getControls()) + groups(g.getGroups());
        }
        return n;
    }

    private static int count(List<Control> controls) {
        int n = 0;
        for (Control c : controls == null ? List.<Control>of() : controls) {
            n += 1 + count(c.getControls());
        }
        return n;
    }
}
