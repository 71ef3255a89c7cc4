// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import dev.isms.core.internal.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an audit covers: organisational areas (for the independence check), clauses of the requirements, and
 * catalogue controls. Listing a clause covers its sub-clauses too (clause {@code 9} covers {@code 9.2.2}).
 *
 * @param areas the areas or processes audited, in the order given
 * @param clauses the clauses audited, in the order given
 * @param controls the controls audited, in the order given
 * @since 0.2
 */
public record AuditScope(Set<String> areas, Set<ControlId> clauses, Set<ControlRef> controls) {

    /**
     * Validates and copies the components.
     *
     * @param areas the areas, not blank
     * @param clauses the clauses
     * @param controls the controls
     * @throws IllegalArgumentException if all three are empty
     */
    public AuditScope {
        areas = copy(Values.texts(areas, "audit scope areas"));
        clauses = copy(Values.distinct(clauses, "audit scope clauses"));
        controls = copy(Values.distinct(controls, "audit scope controls"));
        if (areas.isEmpty() && clauses.isEmpty() && controls.isEmpty()) {
            throw new IllegalArgumentException("audit scope must name an area, a clause or a control but was empty");
        }
    }

    private static <T> Set<T> copy(List<T> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /**
     * Creates a scope.
     *
     * @param areas the areas, not null
     * @param clauses the clause ids, such as {@code "9.2"}, not null
     * @param controls the controls, not null
     * @return the scope
     */
    public static AuditScope of(Collection<String> areas, Collection<String> clauses, Collection<ControlRef> controls) {
        List<ControlId> ids = new ArrayList<>();
        for (String c : clauses) {
            ids.add(ControlId.parse(c));
        }
        return new AuditScope(new LinkedHashSet<>(areas), new LinkedHashSet<>(ids), new LinkedHashSet<>(controls));
    }

    /**
     * Tells whether the scope covers a clause: the clause or one of its ancestors is listed.
     *
     * @param clause the clause, not null
     * @return true if covered
     */
    public boolean covers(ControlId clause) {
        Objects.requireNonNull(clause, "clause");
        for (ControlId c : clauses) {
            if (clause.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether the scope covers a control.
     *
     * @param control the control, not null
     * @return true if listed
     */
    public boolean covers(ControlRef control) {
        return controls.contains(Objects.requireNonNull(control, "control"));
    }
}
