// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.oscal;

import dev.isms.catalog.internal.oscal.OscalIds;
import dev.isms.core.Catalog;
import dev.isms.core.internal.Checks;
import dev.isms.core.soa.SoaEntry;
import dev.isms.core.soa.StatementOfApplicability;
import java.util.Objects;

// The checks the profile and the system security plan of a Statement of Applicability share: the statement and the
// catalogue must agree, so that every control id the export writes is one the catalogue's export has.
final class SoaChecks {
    private SoaChecks() {
    }

    /** {@return the OSCAL ids of the catalogue}, after checking that it is the statement's and has its controls */
    static OscalIds ids(StatementOfApplicability soa, Catalog catalog) {
        Objects.requireNonNull(soa, "soa");
        Objects.requireNonNull(catalog, "catalog");
        if (!soa.catalogId().equals(catalog.id())) {
            throw new IllegalArgumentException("statement of applicability " + Checks.quote(soa.version())
                    + " must be of catalogue " + Checks.quote(catalog.id()) + " but is of "
                    + Checks.quote(soa.catalogId()));
        }
        for (SoaEntry e : soa.entries()) {
            if (!catalog.contains(e.control())) {
                throw new IllegalArgumentException("statement of applicability " + Checks.quote(soa.version())
                        + " control " + e.control() + " must be a control of catalogue " + Checks.quote(catalog.id())
                        + " but the catalogue given does not have it");
            }
        }
        return OscalIds.assign(catalog);
    }
}
