// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.soa.StatementOfApplicability;
import java.util.List;
import java.util.Objects;

/**
 * A Statement of Applicability drafted from a risk register, with the chosen controls it could not list. Made by
 * {@link RiskRegister#draftSoa(dev.isms.core.Catalog, dev.isms.core.applied.AppliedControlSet, String,
 * java.time.LocalDate)}.
 *
 * @param statement the draft: every control of the catalogue exactly once, the chosen ones applicable for risk
 *        treatment with their scenario ids, the rest undecided
 * @param unplaced the controls treatments chose that the statement cannot list (another catalogue with no applied
 *        control mapping it, or an id the catalogue lacks), in the order first met; empty when everything was placed
 * @since 0.2
 */
public record SoaDraft(StatementOfApplicability statement, List<UnplacedControl> unplaced) {

    /**
     * Validates and copies the components.
     *
     * @param statement the statement, not null
     * @param unplaced the unplaced controls, not null
     */
    public SoaDraft {
        Objects.requireNonNull(statement, "statement");
        unplaced = List.copyOf(unplaced);
    }

    /** {@return true if every control the treatments chose is listed in the statement} */
    public boolean isComplete() {
        return unplaced.isEmpty();
    }
}
