// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.soa;

import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The differences between two versions of a Statement of Applicability of one catalogue: controls added or
 * removed, included, excluded or reopened, and changed reasons, justifications and implementation statuses.
 *
 * @param changes the changes, controls in the newer version's order (removed controls last), for each control in
 *        the order of {@link SoaChange.Kind}
 * @since 0.2
 */
public record SoaDiff(List<SoaChange> changes) {

    /**
     * Copies the changes.
     *
     * @param changes the changes, not null
     */
    public SoaDiff {
        changes = List.copyOf(changes);
    }

    /**
     * Compares two versions.
     *
     * @param older the older version, not null
     * @param newer the newer version, of the same catalogue
     * @return the changes
     * @throws IllegalArgumentException if the catalogues differ
     */
    public static SoaDiff of(StatementOfApplicability older, StatementOfApplicability newer) {
        if (!older.catalogId().equals(newer.catalogId())) {
            throw new IllegalArgumentException("SoA diff newer catalogId must be the older's "
                    + Checks.quote(older.catalogId()) + " but was " + Checks.quote(newer.catalogId()));
        }
        List<SoaChange> out = new ArrayList<>();
        for (SoaEntry n : newer.entries()) {
            Optional<SoaEntry> o = older.find(n.control());
            if (o.isEmpty()) {
                out.add(new SoaChange(n.control(), SoaChange.Kind.ADDED, "", n.applicability().key()));
            } else {
                compare(o.get(), n, out);
            }
        }
        for (SoaEntry o : older.entries()) {
            if (newer.find(o.control()).isEmpty()) {
                out.add(new SoaChange(o.control(), SoaChange.Kind.REMOVED, o.applicability().key(), ""));
            }
        }
        return new SoaDiff(out);
    }

    private static void compare(SoaEntry o, SoaEntry n, List<SoaChange> out) {
        ControlId id = n.control();
        if (o.applicability() != n.applicability()) {
            SoaChange.Kind k = n.applicability() == Applicability.APPLICABLE ? SoaChange.Kind.INCLUDED
                    : n.applicability() == Applicability.EXCLUDED ? SoaChange.Kind.EXCLUDED : SoaChange.Kind.UNDECIDED;
            out.add(new SoaChange(id, k, o.applicability().key(), n.applicability().key()));
        }
        if (!o.reasons().equals(n.reasons())) {
            out.add(new SoaChange(id, SoaChange.Kind.REASONS_CHANGED, keys(o), keys(n)));
        }
        if (!o.justification().equals(n.justification())) {
            out.add(new SoaChange(id, SoaChange.Kind.JUSTIFICATION_CHANGED, o.justification().orElse(""),
                    n.justification().orElse("")));
        }
        if (o.implementation().status() != n.implementation().status()) {
            out.add(new SoaChange(id, SoaChange.Kind.STATUS_CHANGED, o.implementation().status().key(),
                    n.implementation().status().key()));
        }
    }

    private static String keys(SoaEntry e) {
        StringJoiner j = new StringJoiner(", ");
        for (InclusionReason r : e.reasons()) {
            j.add(r.key());
        }
        return j.toString();
    }

    /**
     * Lists the changes of one kind.
     *
     * @param kind the kind, not null
     * @return those changes, in order
     */
    public List<SoaChange> changes(SoaChange.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        List<SoaChange> out = new ArrayList<>();
        for (SoaChange c : changes) {
            if (c.kind() == kind) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return true if the versions do not differ in any way this diff compares} */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
