// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.soa.StatementOfApplicability;
import java.util.List;
import java.util.Objects;

/**
 * A Statement of Applicability drafted from a risk register, with the chosen controls it could not list and the
 * applied controls named by treatments that it could not find. Made by
 * {@link RiskRegister#draftSoa(dev.isms.core.Catalog, dev.isms.core.applied.AppliedControlSet, String,
 * java.time.LocalDate)}.
 *
 * @param statement the draft: every control of the catalogue exactly once, the chosen ones applicable for risk
 *        treatment with their scenario ids, the rest undecided
 * @param unplaced the controls treatments chose that the statement cannot list (another catalogue with no applied
 *        control mapping it, or an id the catalogue lacks), in the order first met; empty when everything was placed
 * @param unknownAppliedControls the applied-control ids that treatments name but the applied control set lacks, in
 *        the order first met; empty when every named applied control was found
 * @since 0.2
 */
public record SoaDraft(StatementOfApplicability statement, List<UnplacedControl> unplaced,
        List<UnknownAppliedControl> unknownAppliedControls) {

    /**
     * Validates and copies the components.
     *
     * @param statement the statement, not null
     * @param unplaced the unplaced controls, not null
     * @param unknownAppliedControls the unknown applied controls, not null
     */
    public SoaDraft {
        Objects.requireNonNull(statement, "statement");
        unplaced = List.copyOf(unplaced);
        unknownAppliedControls = List.copyOf(unknownAppliedControls);
    }

    /**
     * Creates a draft in which every applied control the treatments name was found.
     *
     * @param statement the statement, not null
     * @param unplaced the unplaced controls, not null
     */
    public SoaDraft(StatementOfApplicability statement, List<UnplacedControl> unplaced) {
        this(statement, unplaced, List.of());
    }

    /**
     * {@return true if every control the treatments chose is listed in the statement and every applied control they
     * name was found}
     */
    public boolean isComplete() {
        return unplaced.isEmpty() && unknownAppliedControls.isEmpty();
    }
}
