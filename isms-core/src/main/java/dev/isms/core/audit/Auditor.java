// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An auditor and the areas they work in, so that no auditor audits their own area (ISO/IEC 27001:2022 clause
 * 9.2.2: auditors chosen for objectivity and impartiality).
 *
 * @param name the auditor; a one-line text
 * @param ownAreas the organisational areas or processes the auditor works in or is responsible for, in the order
 *        given; may be empty (an external auditor)
 * @since 0.2
 */
public record Auditor(String name, Set<String> ownAreas) {

    /**
     * Validates and copies the components.
     *
     * @param name the name, not blank
     * @param ownAreas the areas, not blank, no repeats
     */
    public Auditor {
        Checks.notBlank(name, "auditor name");
        ownAreas = Collections.unmodifiableSet(new LinkedHashSet<>(Values.texts(ownAreas,
                Values.label("auditor", name) + " ownAreas")));
    }

    /**
     * Creates an auditor.
     *
     * @param name the name, not blank
     * @param ownAreas the areas the auditor works in
     * @return the auditor
     */
    public static Auditor of(String name, String... ownAreas) {
        return of(name, List.of(ownAreas));
    }

    /**
     * Creates an auditor.
     *
     * @param name the name, not blank
     * @param ownAreas the areas the auditor works in, no repeats
     * @return the auditor
     */
    public static Auditor of(String name, Collection<String> ownAreas) {
        return new Auditor(name, new LinkedHashSet<>(ownAreas));
    }
}
