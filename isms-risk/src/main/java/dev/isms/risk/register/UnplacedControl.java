// SPDX-License-Identifier: Apache-2.0
package dev.isms.risk.register;

import dev.isms.core.ControlRef;
import dev.isms.core.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A control that risk treatments (or the applied controls treating a scenario) chose but that a drafted Statement of
 * Applicability could not list: a control of another catalogue that no applied control maps onto the statement's
 * catalogue, or an id the statement's catalogue does not hold. It is reported so that nothing chosen is lost
 * silently; the user decides what it means for the statement.
 *
 * @param control the control as the treatment or applied control names it
 * @param scenarioIds the scenarios it was chosen for, in register order, no repeats, at least one
 * @param reason why it could not be placed, in words
 * @since 0.2
 */
public record UnplacedControl(ControlRef control, List<String> scenarioIds, String reason) {

    /**
     * Validates and copies the components.
     *
     * @param control the control, not null
     * @param scenarioIds the scenario ids, at least one, none blank, no repeats
     * @param reason the reason, not blank
     * @throws IllegalArgumentException if the scenario ids are empty, blank or repeated, or the reason is blank
     */
    public UnplacedControl {
        Objects.requireNonNull(control, "unplaced control");
        scenarioIds = List.copyOf(scenarioIds);
        if (scenarioIds.isEmpty()) {
            throw new IllegalArgumentException("unplaced control " + control + " scenarioIds must name at least one"
                    + " scenario but was empty");
        }
        for (String id : scenarioIds) {
            Checks.notBlank(id, "unplaced control " + control + " scenarioId");
        }
        if (scenarioIds.stream().distinct().count() != scenarioIds.size()) {
            throw new IllegalArgumentException("unplaced control " + control + " scenarioIds must not repeat but was "
                    + Checks.quote(scenarioIds.toString()));
        }
        Checks.notBlank(reason, "unplaced control " + control + " reason");
    }
}
