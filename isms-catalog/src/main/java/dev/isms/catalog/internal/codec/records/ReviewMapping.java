// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import dev.isms.core.audit.ManagementReview;
import dev.isms.core.audit.ReviewDecision;
import dev.isms.core.audit.ReviewInput;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// Maps dev.isms.core.audit.ManagementReview and back: the inputs of clause 9.3.2 are an object keyed by the
// inputs' keys, in input order.
final class ReviewMapping {
    static final String FORMAT = "isms-management-review";

    private ReviewMapping() {
    }

    static ReviewDto toDto(ManagementReview r) {
        Map<String, String> inputs = new LinkedHashMap<>();
        r.inputs().forEach((k, v) -> inputs.put(k.key(), v));
        return new ReviewDto(r.id(), Dtos.day(r.date()), r.attendees(), inputs.isEmpty() ? null : inputs,
                Dtos.list(r.decisions(), d -> new DecisionDto(Keys.key(d.kind()), d.description(),
                        d.owner().orElse(null), Dtos.day(d.due()))));
    }

    /** {@return the review}, or null after reporting every problem */
    static ManagementReview toReview(ReviewDto d, At at) {
        String id = at.name(d.id(), "id");
        LocalDate date = at.date(d.date(), "date");
        List<String> attendees = at.names(d.attendees(), "attendees");
        Map<ReviewInput, String> inputs = new EnumMap<>(ReviewInput.class);
        if (d.inputs() != null) {
            At in = at.field("inputs");
            d.inputs().forEach((k, v) -> {
                ReviewInput input = in.key(ReviewInput.class, k, k);
                String summary = in.text(v, k);
                if (input != null && summary != null) {
                    inputs.put(input, summary);
                }
            });
        }
        List<ReviewDecision> decisions = at.objects(d.decisions(), "decisions", ReviewMapping::decision);
        if (!at.clean() || id == null || date == null) {
            return null;
        }
        return at.build(() -> new ManagementReview(id, date, attendees, inputs, decisions));
    }

    private static ReviewDecision decision(DecisionDto d, At at) {
        ReviewDecision.Kind kind = at.key(ReviewDecision.Kind.class, d.kind(), "kind");
        String description = at.text(d.description(), "description");
        String owner = at.name(d.owner(), "owner");
        LocalDate due = at.date(d.due(), "due");
        if (!at.clean() || kind == null || description == null) {
            return null;
        }
        return at.build(() -> new ReviewDecision(kind, description, Optional.ofNullable(owner),
                Optional.ofNullable(due)));
    }
}
