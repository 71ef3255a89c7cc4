// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.applied;

import dev.isms.core.Evidence;
import dev.isms.core.internal.Checks;
import java.util.Objects;

/**
 * One piece of evidence of an applied control that has expired: the answer of
 * {@link AppliedControlSet#expiredEvidence(java.time.LocalDate)}.
 *
 * @param appliedControlId the id of the applied control that cites the evidence, not blank
 * @param evidence the expired evidence
 * @since 0.2
 */
public record ExpiredEvidence(String appliedControlId, Evidence evidence) {

    /**
     * Validates the components.
     *
     * @param appliedControlId the applied control's id, not blank
     * @param evidence the evidence, not null
     */
    public ExpiredEvidence {
        Checks.notBlank(appliedControlId, "expired evidence appliedControlId");
        Objects.requireNonNull(evidence, "expired evidence evidence");
    }
}
