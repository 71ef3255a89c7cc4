// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.internal.codec;

import dev.isms.catalog.internal.codec.records.At;
import dev.isms.core.Catalog;
import dev.isms.core.ControlRef;
import dev.isms.core.internal.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

// Resolves the control references of one document being read and reports, at the reference's pointer, a catalogue
// or a control the reader cannot find. A register resolves against the catalogues it lists (each looked up once, a
// missing one reported at its place in "catalogs"); a list of scenarios or treatments against any catalogue the
// reader knows. Used by one thread.
final class ControlCheck {
    private final CatalogSource source;
    private final Map<String, Catalog> listed;
    private final Set<String> unresolved;
    private final Map<String, Optional<Catalog>> found = new HashMap<>();

    private ControlCheck(CatalogSource source, Map<String, Catalog> listed, Set<String> unresolved) {
        this.source = source;
        this.listed = listed;
        this.unresolved = unresolved;
    }

    /** {@return a check against any catalogue of the source} */
    static ControlCheck any(CatalogSource source) {
        return new ControlCheck(source, null, Set.of());
    }

    /**
     * {@return a check against a register's catalogues}
     *
     * @param listed the catalogues the register lists and the reader found, by id
     * @param unresolved the ids it lists that the reader did not find (already reported): their controls are not
     *        checked
     */
    static ControlCheck listed(Map<String, Catalog> listed, Set<String> unresolved) {
        return new ControlCheck(null, listed, unresolved);
    }

    /** Reports the reference at {@code at} if its catalogue or control is unknown. */
    void check(ControlRef ref, At at) {
        String catalogId = ref.catalogId();
        Catalog c;
        if (listed != null) {
            c = listed.get(catalogId);
            if (c == null && !unresolved.contains(catalogId)) {
                at.add("names control " + Checks.quote(ref.toString()) + " of catalogue " + Checks.quote(catalogId)
                        + ", which the register does not list in its catalogs");
            }
        } else {
            c = found.computeIfAbsent(catalogId, source::find).orElse(null);
            if (c == null) {
                at.add("names control " + Checks.quote(ref.toString()) + " of unknown catalogue "
                        + Checks.quote(catalogId) + " (the reader knows " + source.known() + ")");
            }
        }
        if (c != null && !c.contains(ref.controlId())) {
            at.add("names unknown control id " + Checks.quote(ref.controlId().toString()) + " in catalogue "
                    + Checks.quote(catalogId));
        }
    }
}
