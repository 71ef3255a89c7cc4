// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An information security objective (ISO/IEC 27001:2022 clause 6.2): what is to be achieved, who is responsible,
 * by when, the plan, and the performance indicators whose targets measure it.
 *
 * @param id the id, unique in its {@link Monitoring}; a one-line text
 * @param statement what is to be achieved, such as {@code "Every employee trained in security awareness"}
 * @param owner who is responsible; a one-line text
 * @param due when it is to be achieved, or empty
 * @param indicators the ids of the indicators that measure it, no repeats
 * @param plan what will be done and with what resources, or empty; may span lines
 * @since 0.2
 */
public record Objective(String id, String statement, String owner, Optional<LocalDate> due, List<String> indicators,
        Optional<String> plan) {

    /**
     * Validates and copies the components.
     *
     * @param id the id, not blank
     * @param statement the statement, not blank
     * @param owner the owner, not blank
     * @param due the due day, or empty
     * @param indicators the indicator ids, not blank, no repeats
     * @param plan the plan, or empty; not blank
     * @throws IllegalArgumentException naming the objective, the field and the value
     */
    public Objective {
        Checks.notBlank(id, "objective id");
        String label = Values.label("objective", id);
        Checks.text(statement, label + " statement");
        Checks.notBlank(owner, label + " owner");
        Objects.requireNonNull(due, label + " due");
        indicators = Values.texts(indicators, label + " indicators");
        Values.optionalText(plan, label + " plan");
    }

    /**
     * Creates an objective without due day or plan.
     *
     * @param id the id, not blank
     * @param statement the statement, not blank
     * @param owner the owner, not blank
     * @param indicators the indicator ids, no repeats
     * @return the objective
     */
    public static Objective of(String id, String statement, String owner, List<String> indicators) {
        return new Objective(id, statement, owner, Optional.empty(), indicators, Optional.empty());
    }

    /**
     * Returns a copy with a due day.
     *
     * @param day the day, not null
     * @return the copy
     */
    public Objective withDue(LocalDate day) {
        return new Objective(id, statement, owner, Optional.of(day), indicators, plan);
    }

    /**
     * Returns a copy with a plan.
     *
     * @param text the plan, not blank
     * @return the copy
     */
    public Objective withPlan(String text) {
        return new Objective(id, statement, owner, due, indicators, Optional.of(text));
    }
}
