// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.util.List;

/**
 * An applied control that risk treatments name (see {@link RiskTreatment#appliedControls()}) but that the
 * {@link dev.isms.core.applied.AppliedControlSet} given to a Statement of Applicability draft does not hold. The
 * draft cannot tell which catalogue controls it realises, so it reports the id instead of dropping it silently; the
 * user adds the applied control to the set or corrects the treatment.
 *
 * @param id the applied-control id as the treatments name it, a one-line text
 * @param treatmentIds the treatments naming it, in register order, no repeats, at least one
 * @since 0.2
 */
public record UnknownAppliedControl(String id, List<String> treatmentIds) {

    /**
     * Validates and copies the components.
     *
     * @param id the id, a one-line text
     * @param treatmentIds the treatment ids, at least one, one-line texts, no repeats
     * @throws IllegalArgumentException naming the field, the rule and the value
     */
    public UnknownAppliedControl {
        Checks.notBlank(id, "unknown applied control id");
        treatmentIds = Values.texts(treatmentIds, "unknown applied control " + Checks.quote(id) + " treatmentIds");
        if (treatmentIds.isEmpty()) {
            throw new IllegalArgumentException("unknown applied control " + Checks.quote(id) + " treatmentIds must"
                    + " name at least one treatment but was empty");
        }
    }
}
