// SPDX-License-Identifier: Apache-2.0
package dev.isms.catalog.internal.codec.records;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

// The body of an "isms-management-review" document (dev.isms.core.audit.ManagementReview).
@JsonPropertyOrder({"id", "date", "attendees", "inputs", "decisions"})
record ReviewDto(
        @NotNull String id,
        @NotNull String date,
        @NotNull List<@NotNull String> attendees,
        Map<@NotNull String, @NotNull String> inputs,
        List<@NotNull @Valid DecisionDto> decisions) {
}
