// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.ControlId;
import dev.isms.core.ControlRef;
import java.util.List;

/**
 * What an audit programme leaves uncovered over its cycle: leaf clauses of the requirements and applicable
 * controls of the Statement of Applicability that no audit's scope covers.
 *
 * @param uncoveredClauses the leaf clauses not covered, in requirement order
 * @param uncoveredControls the applicable controls not covered, in catalogue order
 * @since 0.2
 */
public record AuditCoverage(List<ControlId> uncoveredClauses, List<ControlRef> uncoveredControls) {

    /**
     * Copies the components.
     *
     * @param uncoveredClauses the clauses, not null
     * @param uncoveredControls the controls, not null
     */
    public AuditCoverage {
        uncoveredClauses = List.copyOf(uncoveredClauses);
        uncoveredControls = List.copyOf(uncoveredControls);
    }

    /** {@return true if the programme covers every clause and every applicable control} */
    public boolean isComplete() {
        return uncoveredClauses.isEmpty() && uncoveredControls.isEmpty();
    }
}
