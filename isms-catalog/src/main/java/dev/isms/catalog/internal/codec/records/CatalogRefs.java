// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.internal.Checks;

// Documents name the catalogue and the requirement set they are about by id; the reader is given them. This checks
// that the id written is the one given, so that a Statement of Applicability is never read against another
// catalogue's controls.
final class CatalogRefs {
    private CatalogRefs() {
    }

    /** Reports at {@code at/member} an id that is present, well-formed and not the expected one. */
    static void same(At at, String written, String member, String expected, String what) {
        String id = at.name(written, member);
        if (id != null && !id.equals(expected)) {
            at.field(member).add("must be the id of the " + what + " given to the reader, " + Checks.quote(expected)
                    + ", but was " + Checks.quote(id));
        }
    }
}
