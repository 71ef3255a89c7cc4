// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.assessment;

import dev.isms.core.ControlId;
import dev.isms.core.internal.Checks;
import java.util.Comparator;
import java.util.Objects;

/**
 * One gap of a gap assessment: a clause or control that is not conformant, partially conformant or not yet
 * assessed, with its result.
 *
 * @param kind clause of the requirements or control of the catalogue
 * @param id the clause's or control's id
 * @param title its title
 * @param result its assessment result
 * @since 0.2
 */
public record Gap(Kind kind, ControlId id, String title, AssessmentResult result) {

    /**
     * The priority order of {@link GapAssessment#gaps()}: not conformant before partially conformant before not
     * assessed; then clauses before controls (clauses 4 to 10 are all mandatory, a control may be excluded); then
     * lower maturity first (none counts lowest); then higher weight first. Ties keep document order (clauses in
     * requirement order, controls in catalogue order), as the sort is stable.
     */
    public static final Comparator<Gap> PRIORITY = Comparator.comparingInt((Gap g) -> rank(g.result.conformity()))
            .thenComparing(Gap::kind)
            .thenComparingInt(g -> g.result.maturity().orElse(Integer.MIN_VALUE))
            .thenComparing(Comparator.comparingDouble((Gap g) -> g.result.weight()).reversed());

    /**
     * Validates the components.
     *
     * @param kind the kind, not null
     * @param id the id, not null
     * @param title the title, not blank
     * @param result the result, not null; its conformity is a gap or not assessed
     * @throws IllegalArgumentException if the result is conformant or not applicable
     */
    public Gap {
        Objects.requireNonNull(kind, "gap kind");
        Objects.requireNonNull(id, "gap id");
        Checks.notBlank(title, "gap title");
        Objects.requireNonNull(result, "gap result");
        if (!result.conformity().isGap() && result.conformity() != Conformity.NOT_ASSESSED) {
            throw new IllegalArgumentException("gap " + id + " conformity must be partially conformant, not"
                    + " conformant or not assessed but was " + result.conformity().key());
        }
    }

    private static int rank(Conformity c) {
        return c == Conformity.NOT_CONFORMANT ? 0 : c == Conformity.PARTIALLY_CONFORMANT ? 1 : 2;
    }

    /** What a gap is about. */
    public enum Kind {
        /** A clause of the requirements (ISO/IEC 27001 clauses 4 to 10). */
        CLAUSE,
        /** A control of the catalogue (Annex A). */
        CONTROL
    }
}
