// SPDX-License-Identifier: Apache-2.0
package dev.isms.core.audit;

import dev.isms.core.internal.Checks;
import dev.isms.core.internal.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The record of a management review (ISO/IEC 27001:2022 clause 9.3): who attended, what was considered for each
 * input of clause 9.3.2, and the decisions taken (9.3.3). A record may leave inputs out; {@link #missingInputs()}
 * lists them, since a complete review considers them all.
 *
 * @param id the id; a one-line text
 * @param date the day of the review
 * @param attendees who attended (top management), at least one, no repeats
 * @param inputs a summary of what was considered per input, in input order
 * @param decisions the decisions, in the order taken
 * @since 0.2
 */
public record ManagementReview(String id, LocalDate date, List<String> attendees, Map<ReviewInput, String> inputs,
        List<ReviewDecision> decisions) {

    /**
     * Validates and copies the components.
     *
     * @param id the id, not blank
     * @param date the day, not null
     * @param attendees the attendees, at least one, not blank, no repeats
     * @param inputs the summaries, not blank
     * @param decisions the decisions, not null
     * @throws IllegalArgumentException naming the review, the field and the value
     */
    public ManagementReview {
        Checks.notBlank(id, "management review id");
        String label = Values.label("management review", id);
        Objects.requireNonNull(date, label + " date");
        attendees = Values.texts(attendees, label + " attendees");
        if (attendees.isEmpty()) {
            throw new IllegalArgumentException(label + " attendees must name at least one person but was empty");
        }
        Map<ReviewInput, String> copy = new EnumMap<>(ReviewInput.class);
        for (Map.Entry<ReviewInput, String> e : inputs.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), label + " inputs"), Checks.text(e.getValue(),
                    label + " inputs " + e.getKey().key()));
        }
        inputs = Collections.unmodifiableMap(copy);
        decisions = List.copyOf(decisions);
    }

    /**
     * Starts a review record.
     *
     * @param id the id, not blank
     * @param date the day, not null
     * @return a builder
     */
    public static Builder builder(String id, LocalDate date) {
        return new Builder(id, date);
    }

    /** {@return the inputs of clause 9.3.2 the record does not cover, in input order} */
    public List<ReviewInput> missingInputs() {
        List<ReviewInput> out = new ArrayList<>();
        for (ReviewInput i : ReviewInput.values()) {
            if (!inputs.containsKey(i)) {
                out.add(i);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** {@return true if every input of clause 9.3.2 was considered} */
    public boolean isComplete() {
        return inputs.size() == ReviewInput.values().length;
    }

    /** Collects a {@link ManagementReview}'s parts; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final LocalDate date;
        private final List<String> attendees = new ArrayList<>();
        private final Map<ReviewInput, String> inputs = new EnumMap<>(ReviewInput.class);
        private final List<ReviewDecision> decisions = new ArrayList<>();

        private Builder(String id, LocalDate date) {
            this.id = id;
            this.date = date;
        }

        /**
         * Adds attendees.
         *
         * @param names the attendees, not null
         * @return this builder
         */
        public Builder attendees(String... names) {
            return attendees(List.of(names));
        }

        /**
         * Adds attendees.
         *
         * @param names the attendees, not null
         * @return this builder
         */
        public Builder attendees(Collection<String> names) {
            attendees.addAll(names);
            return this;
        }

        /**
         * Records what was considered for an input.
         *
         * @param input the input, not null
         * @param summary the summary, not blank
         * @return this builder
         */
        public Builder input(ReviewInput input, String summary) {
            inputs.put(Objects.requireNonNull(input, "input"), Objects.requireNonNull(summary, "summary"));
            return this;
        }

        /**
         * Records a decision.
         *
         * @param decision the decision, not null
         * @return this builder
         */
        public Builder decision(ReviewDecision decision) {
            decisions.add(Objects.requireNonNull(decision, "decision"));
            return this;
        }

        /**
         * {@return the review record}
         *
         * @throws IllegalArgumentException if a rule of {@link ManagementReview} is broken
         */
        public ManagementReview build() {
            return new ManagementReview(id, date, attendees, inputs, decisions);
        }
    }
}
